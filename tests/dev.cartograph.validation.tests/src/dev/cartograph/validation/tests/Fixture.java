// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import java.time.LocalDate;
import java.util.List;

import dev.cartograph.model.AiPattern;
import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.DataAsset;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.EvidenceKind;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Score;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * Builds test portfolios in code. {@link #clean()} builds a small portfolio that follows the
 * method everywhere, so that a test can break exactly one thing and see exactly one rule react.
 */
final class Fixture {

    static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    /** Scores of a quick win on the eight defaults, in {@link TestCriteria#IDS} order (the two costs low). */
    static final double[] QUICK_WIN = { 4, 4, 4, 4, 2, 4, 2, 4 };

    final Portfolio portfolio;

    // the parts of the clean portfolio
    CustomerJourney journey;
    JourneyStage discovery;
    JourneyStage support;
    JourneyStage leaving;
    Workflow invoices;
    WorkflowStep receive;
    WorkflowStep extract;
    Friction rekeying;
    Friction slowUpdates;
    DataAsset claimFiles;
    UseCase extraction;
    UseCase statusUpdates;
    Wave wave1;
    Wave wave2;

    Fixture() {
        portfolio = FACTORY.createPortfolio();
        portfolio.setName("Fixture portfolio");
        portfolio.setScoring(FACTORY.createScoringConfiguration());
    }

    /**
     * A portfolio with no finding: a journey with a post-journey stage and an analysed friction,
     * an internal workflow with an analysed friction, an approved internal quick win in wave 1
     * and an external use case at the business case in wave 2 that depends on it, both anchored,
     * scored on the whole grid with rationales, with complete business cases; a blocking gate
     * that neither hits.
     */
    static Fixture clean() {
        Fixture f = new Fixture();
        TestCriteria.IDS.forEach(f::setting); // the grid: the eight criteria, enabled, default weights
        f.journey = f.journey("Motor policyholder");
        f.discovery = f.stage(f.journey, "Looking for cover", StageKind.DISCOVERY);
        f.support = f.stage(f.journey, "Claim support", StageKind.SUPPORT);
        f.leaving = f.stage(f.journey, "Leaving", StageKind.POST_JOURNEY);
        f.slowUpdates = f.friction(f.support, "No news on my claim");
        f.evidence(f.slowUpdates);
        f.invoices = f.workflow("Invoice processing", Scope.INTERNAL);
        f.receive = f.step(f.invoices, "Receive invoice");
        f.extract = f.step(f.invoices, "Key invoice data");
        f.rekeying = f.friction(f.extract, "Manual re-keying");
        f.evidence(f.rekeying);
        f.claimFiles = f.dataAsset("Claim files", true);
        f.gate(TestCriteria.COMPLIANCE_RISK, GateOperator.AT_LEAST, 5, GateEffect.BLOCK, "Unacceptable risk");
        f.wave1 = f.wave("Wave 1", 2);
        f.wave2 = f.wave("Wave 2", 2);
        f.extraction = f.useCase("Invoice data extraction").status(UseCaseStatus.APPROVED).sponsor("CFO")
                .on(f.extract).addresses(f.rekeying).scoredOnAll(QUICK_WIN).completeBusinessCase().in(f.wave1).get();
        f.statusUpdates = f.useCase("Proactive claim status updates").external()
                .status(UseCaseStatus.BUSINESS_CASE).pattern(AiPattern.GENERATION).at(f.support)
                .addresses(f.slowUpdates).scoredOnAll(QUICK_WIN).completeBusinessCase().uses(f.claimFiles)
                .in(f.wave2).dependsOn(f.extraction).get();
        f.statusUpdates.getBusinessCase().setComplianceNotes("Legitimate interest; no new processing purpose.");
        return f;
    }

    CustomerJourney journey(String name) {
        CustomerJourney journey = FACTORY.createCustomerJourney();
        journey.setName(name);
        portfolio.getJourneys().add(journey);
        return journey;
    }

    JourneyStage stage(CustomerJourney owner, String name, StageKind kind) {
        JourneyStage stage = FACTORY.createJourneyStage();
        stage.setName(name);
        stage.setKind(kind);
        owner.getStages().add(stage);
        return stage;
    }

    Workflow workflow(String name, Scope scope) {
        Workflow workflow = FACTORY.createWorkflow();
        workflow.setName(name);
        workflow.setScope(scope);
        portfolio.getWorkflows().add(workflow);
        return workflow;
    }

    WorkflowStep step(Workflow owner, String name) {
        WorkflowStep step = FACTORY.createWorkflowStep();
        step.setName(name);
        owner.getSteps().add(step);
        return step;
    }

    Friction friction(JourneyStage stage, String name) {
        Friction friction = newFriction(name);
        stage.getFrictions().add(friction);
        return friction;
    }

    Friction friction(WorkflowStep step, String name) {
        Friction friction = newFriction(name);
        step.getFrictions().add(friction);
        return friction;
    }

    private static Friction newFriction(String name) {
        Friction friction = FACTORY.createFriction();
        friction.setName(name);
        return friction;
    }

    Evidence evidence(Friction friction) {
        Evidence evidence = FACTORY.createEvidence();
        evidence.setKind(EvidenceKind.SUPPORT_TICKETS);
        evidence.setFigure("18% of contacts");
        friction.getEvidence().add(evidence);
        return evidence;
    }

    DataAsset dataAsset(String name, boolean personal) {
        DataAsset asset = FACTORY.createDataAsset();
        asset.setName(name);
        asset.setContainsPersonalData(personal);
        portfolio.getDataAssets().add(asset);
        return asset;
    }

    Gate gate(String criterionId, GateOperator operator, double value, GateEffect effect, String reason) {
        Gate gate = FACTORY.createGate();
        gate.setCriterionId(criterionId);
        gate.setOperator(operator);
        gate.setValue(value);
        gate.setEffect(effect);
        gate.setReason(reason);
        portfolio.getScoring().getGates().add(gate);
        return gate;
    }

    CriterionSetting setting(String criterionId) {
        for (CriterionSetting setting : portfolio.getScoring().getCriteria()) {
            if (setting.getCriterionId().equals(criterionId)) {
                return setting;
            }
        }
        CriterionSetting setting = FACTORY.createCriterionSetting();
        setting.setCriterionId(criterionId);
        portfolio.getScoring().getCriteria().add(setting);
        return setting;
    }

    /** Adds a wave at the end of the roadmap (created if needed); a negative capacity leaves it unset. */
    Wave wave(String name, int capacity) {
        if (portfolio.getRoadmap() == null) {
            Roadmap roadmap = FACTORY.createRoadmap();
            roadmap.setName("Roadmap");
            portfolio.setRoadmap(roadmap);
        }
        Wave wave = FACTORY.createWave();
        wave.setName(name);
        if (capacity >= 0) {
            wave.setCapacity(capacity);
        }
        portfolio.getRoadmap().getWaves().add(wave);
        return wave;
    }

    /** Adds an internal use case with status idea, anchored on nothing. */
    UseCaseBuilder useCase(String name) {
        UseCase useCase = FACTORY.createUseCase();
        useCase.setName(name);
        portfolio.getUseCases().add(useCase);
        return new UseCaseBuilder(useCase);
    }

    /** Builds one use case. */
    static final class UseCaseBuilder {
        final UseCase useCase;

        UseCaseBuilder(UseCase useCase) {
            this.useCase = useCase;
        }

        UseCaseBuilder external() {
            useCase.setScope(Scope.EXTERNAL);
            return this;
        }

        UseCaseBuilder status(UseCaseStatus status) {
            useCase.setStatus(status);
            return this;
        }

        UseCaseBuilder rejected(String reason) {
            useCase.setStatus(UseCaseStatus.REJECTED);
            useCase.setRejectionReason(reason);
            return this;
        }

        UseCaseBuilder pattern(AiPattern pattern) {
            useCase.setAiPattern(pattern);
            return this;
        }

        UseCaseBuilder sponsor(String sponsor) {
            useCase.setSponsor(sponsor);
            return this;
        }

        UseCaseBuilder on(WorkflowStep... steps) {
            useCase.getSteps().addAll(List.of(steps));
            return this;
        }

        UseCaseBuilder at(JourneyStage... stages) {
            useCase.getStages().addAll(List.of(stages));
            return this;
        }

        UseCaseBuilder addresses(Friction... frictions) {
            useCase.getFrictions().addAll(List.of(frictions));
            return this;
        }

        UseCaseBuilder uses(DataAsset... assets) {
            useCase.getDataAssets().addAll(List.of(assets));
            return this;
        }

        UseCaseBuilder dependsOn(UseCase... others) {
            useCase.getDependsOn().addAll(List.of(others));
            return this;
        }

        UseCaseBuilder in(Wave wave) {
            useCase.setWave(wave);
            return this;
        }

        /** One assessor's score, with a rationale. */
        UseCaseBuilder score(String criterionId, double value) {
            Score score = Fixture.score(useCase, criterionId, value, "Ana");
            score.setRationale("Discussed in the scoring workshop.");
            return this;
        }

        /** Scores on the eight defaults, in {@link TestCriteria#IDS} order, each with a rationale. */
        UseCaseBuilder scoredOnAll(double... values) {
            for (int i = 0; i < values.length; i++) {
                score(TestCriteria.IDS.get(i), values[i]);
            }
            return this;
        }

        /** A business case with a measurable KPI, costs and a financial effect. */
        UseCaseBuilder completeBusinessCase() {
            BusinessCase businessCase = FACTORY.createBusinessCase();
            businessCase.setProblem("Too slow.");
            businessCase.setProposedSolution("Automate it.");
            Kpi kpi = FACTORY.createKpi();
            kpi.setName("Handling time");
            kpi.setUnit("minutes");
            kpi.setBaseline(12);
            kpi.setTarget(3);
            kpi.setHorizonMonths(12);
            businessCase.getKpis().add(kpi);
            businessCase.setOneOffCost(50_000);
            businessCase.setRunningCostPerYear(10_000);
            businessCase.setAnnualCostAvoided(300_000);
            useCase.setBusinessCase(businessCase);
            return this;
        }

        UseCase get() {
            return useCase;
        }
    }

    /** Adds a score without rationale. */
    static Score score(UseCase useCase, String criterionId, double value, String assessor) {
        Score score = FACTORY.createScore();
        score.setCriterionId(criterionId);
        score.setValue(value);
        score.setAssessor(assessor);
        useCase.getScores().add(score);
        return score;
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
