// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.FACTORY;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Score;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;

/**
 * A portfolio as large as a big programme's, for tests that check the workbench stays usable:
 * use cases only, each scored on the eight default criteria, no gate.
 * <p>
 * Use case i is named "Use case " and i zero-padded to five digits; it is qualified, external
 * when i is odd, internal when even; on the k-th criterion (in the order of {@link #CRITERIA},
 * k from 0) its value is 1 + (i x (k + 1)) mod 5, given by "Ann"; a third of them (i a
 * multiple of 3) have a business case worth i x 100 a year in revenue. The scoring
 * configuration lists the eight criteria, enabled with their default weights.
 */
@SuppressWarnings("nls")
public final class LargePortfolio {

    /** The eight default criteria, in the order the values above are computed. */
    public static final String[] CRITERIA = { Criteria.STRATEGIC_VALUE, Criteria.CUSTOMER_EXPERIENCE,
            Criteria.FINANCIAL_POTENTIAL, Criteria.DATA_PROCESS_MATURITY, Criteria.TECHNICAL_COMPLEXITY,
            Criteria.BRAND_IMPACT, Criteria.COMPLIANCE_RISK, Criteria.INITIATIVE_ALIGNMENT };

    private LargePortfolio() {
    }

    /**
     * @param count the number of use cases
     * @return a new portfolio named "Large", in no resource
     */
    public static Portfolio generate(int count) {
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName("Large");
        ScoringConfiguration configuration = FACTORY.createScoringConfiguration();
        for (String id : CRITERIA) {
            CriterionSetting setting = FACTORY.createCriterionSetting();
            setting.setCriterionId(id);
            configuration.getCriteria().add(setting);
        }
        portfolio.setScoring(configuration);
        for (int i = 0; i < count; i++) {
            UseCase useCase = FACTORY.createUseCase();
            useCase.setName(String.format("Use case %05d", i));
            useCase.setScope(i % 2 == 0 ? Scope.INTERNAL : Scope.EXTERNAL);
            useCase.setStatus(UseCaseStatus.QUALIFIED);
            for (int k = 0; k < CRITERIA.length; k++) {
                Score score = FACTORY.createScore();
                score.setCriterionId(CRITERIA[k]);
                score.setValue(1 + (i * (k + 1)) % 5);
                score.setAssessor("Ann");
                useCase.getScores().add(score);
            }
            if (i % 3 == 0) {
                BusinessCase businessCase = FACTORY.createBusinessCase();
                businessCase.setAnnualRevenueGained(i * 100.0);
                useCase.setBusinessCase(businessCase);
            }
            portfolio.getUseCases().add(useCase);
        }
        return portfolio;
    }
}
