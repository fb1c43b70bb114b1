// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.provider.spec;

import org.eclipse.emf.common.notify.Adapter;

import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.Gate;
import dev.cartograph.model.Score;
import dev.cartograph.model.provider.BusinessCaseItemProvider;
import dev.cartograph.model.provider.CartographItemProviderAdapterFactory;
import dev.cartograph.model.provider.CriterionSettingItemProvider;
import dev.cartograph.model.provider.CustomerJourneyItemProvider;
import dev.cartograph.model.provider.DataAssetItemProvider;
import dev.cartograph.model.provider.EvidenceItemProvider;
import dev.cartograph.model.provider.FrictionItemProvider;
import dev.cartograph.model.provider.GateItemProvider;
import dev.cartograph.model.provider.InitiativeItemProvider;
import dev.cartograph.model.provider.JourneyStageItemProvider;
import dev.cartograph.model.provider.KpiItemProvider;
import dev.cartograph.model.provider.PortfolioItemProvider;
import dev.cartograph.model.provider.RoadmapItemProvider;
import dev.cartograph.model.provider.ScoreItemProvider;
import dev.cartograph.model.provider.ScoringConfigurationItemProvider;
import dev.cartograph.model.provider.TouchpointItemProvider;
import dev.cartograph.model.provider.UseCaseItemProvider;
import dev.cartograph.model.provider.WaveItemProvider;
import dev.cartograph.model.provider.WorkflowItemProvider;
import dev.cartograph.model.provider.WorkflowStepItemProvider;

/**
 * The generated item providers, with labels a user reads easily ({@link ItemLabels}): the
 * generated ones prefix every label with the element's kind ("Use Case Claims triage"), which
 * the icon already says. Everything else is the generated behaviour. This is the factory to
 * register and to compose; the generated one stays as generated.
 */
public class CartographItemProviderAdapterFactorySpec extends CartographItemProviderAdapterFactory {

    @Override
    public Adapter createPortfolioAdapter() {
        if (portfolioItemProvider == null) {
            portfolioItemProvider = new PortfolioItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "Portfolio"); //$NON-NLS-1$
                }
            };
        }
        return portfolioItemProvider;
    }

    @Override
    public Adapter createScoringConfigurationAdapter() {
        if (scoringConfigurationItemProvider == null) {
            scoringConfigurationItemProvider = new ScoringConfigurationItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.type("ScoringConfiguration"); //$NON-NLS-1$
                }
            };
        }
        return scoringConfigurationItemProvider;
    }

    @Override
    public Adapter createCriterionSettingAdapter() {
        if (criterionSettingItemProvider == null) {
            criterionSettingItemProvider = new CriterionSettingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.setting((CriterionSetting) object);
                }
            };
        }
        return criterionSettingItemProvider;
    }

    @Override
    public Adapter createGateAdapter() {
        if (gateItemProvider == null) {
            gateItemProvider = new GateItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.gate((Gate) object);
                }
            };
        }
        return gateItemProvider;
    }

    @Override
    public Adapter createCustomerJourneyAdapter() {
        if (customerJourneyItemProvider == null) {
            customerJourneyItemProvider = new CustomerJourneyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "CustomerJourney"); //$NON-NLS-1$
                }
            };
        }
        return customerJourneyItemProvider;
    }

    @Override
    public Adapter createJourneyStageAdapter() {
        if (journeyStageItemProvider == null) {
            journeyStageItemProvider = new JourneyStageItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "JourneyStage"); //$NON-NLS-1$
                }
            };
        }
        return journeyStageItemProvider;
    }

    @Override
    public Adapter createTouchpointAdapter() {
        if (touchpointItemProvider == null) {
            touchpointItemProvider = new TouchpointItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "Touchpoint"); //$NON-NLS-1$
                }
            };
        }
        return touchpointItemProvider;
    }

    @Override
    public Adapter createFrictionAdapter() {
        if (frictionItemProvider == null) {
            frictionItemProvider = new FrictionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "Friction"); //$NON-NLS-1$
                }
            };
        }
        return frictionItemProvider;
    }

    @Override
    public Adapter createEvidenceAdapter() {
        if (evidenceItemProvider == null) {
            evidenceItemProvider = new EvidenceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.evidence((Evidence) object);
                }
            };
        }
        return evidenceItemProvider;
    }

    @Override
    public Adapter createWorkflowAdapter() {
        if (workflowItemProvider == null) {
            workflowItemProvider = new WorkflowItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "Workflow"); //$NON-NLS-1$
                }
            };
        }
        return workflowItemProvider;
    }

    @Override
    public Adapter createWorkflowStepAdapter() {
        if (workflowStepItemProvider == null) {
            workflowStepItemProvider = new WorkflowStepItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "WorkflowStep"); //$NON-NLS-1$
                }
            };
        }
        return workflowStepItemProvider;
    }

    @Override
    public Adapter createUseCaseAdapter() {
        if (useCaseItemProvider == null) {
            useCaseItemProvider = new UseCaseItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "UseCase"); //$NON-NLS-1$
                }
            };
        }
        return useCaseItemProvider;
    }

    @Override
    public Adapter createScoreAdapter() {
        if (scoreItemProvider == null) {
            scoreItemProvider = new ScoreItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.score((Score) object);
                }
            };
        }
        return scoreItemProvider;
    }

    @Override
    public Adapter createBusinessCaseAdapter() {
        if (businessCaseItemProvider == null) {
            businessCaseItemProvider = new BusinessCaseItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.type("BusinessCase"); //$NON-NLS-1$
                }
            };
        }
        return businessCaseItemProvider;
    }

    @Override
    public Adapter createKpiAdapter() {
        if (kpiItemProvider == null) {
            kpiItemProvider = new KpiItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "Kpi"); //$NON-NLS-1$
                }
            };
        }
        return kpiItemProvider;
    }

    @Override
    public Adapter createInitiativeAdapter() {
        if (initiativeItemProvider == null) {
            initiativeItemProvider = new InitiativeItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "Initiative"); //$NON-NLS-1$
                }
            };
        }
        return initiativeItemProvider;
    }

    @Override
    public Adapter createDataAssetAdapter() {
        if (dataAssetItemProvider == null) {
            dataAssetItemProvider = new DataAssetItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "DataAsset"); //$NON-NLS-1$
                }
            };
        }
        return dataAssetItemProvider;
    }

    @Override
    public Adapter createRoadmapAdapter() {
        if (roadmapItemProvider == null) {
            roadmapItemProvider = new RoadmapItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "Roadmap"); //$NON-NLS-1$
                }
            };
        }
        return roadmapItemProvider;
    }

    @Override
    public Adapter createWaveAdapter() {
        if (waveItemProvider == null) {
            waveItemProvider = new WaveItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemLabels.named(object, "Wave"); //$NON-NLS-1$
                }
            };
        }
        return waveItemProvider;
    }
}
