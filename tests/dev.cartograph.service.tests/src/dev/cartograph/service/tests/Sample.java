// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.Locale;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationRule;

/**
 * A portfolio with one use case, "Claims triage assistant", scored by one assessor on every
 * criterion that works, with the financial potential left to the business case:
 * <pre>
 * impact       strategic-value 4 -> 75, customer-experience 3 -> 50,
 *              financial-potential computed 3 (200,000 + 150,000 - 50,000 = 300,000) -> 50,
 *              brand-impact 3 -> 50, initiative-alignment 5 -> 100
 * feasibility  data-process-maturity 4 -> 75, technical-complexity 2 (cost) -> 100 - 25 = 75,
 *              compliance-risk 2 (cost) -> 75, ai-act-risk 2 on 1-4 (cost) -> 100 - 33.33 = 66.67
 * </pre>
 * With the test bundle's own criteria disabled, the weighted sum gives impact 325 / 5 = 65,
 * feasibility 291.67 / 4 = 72.92 and overall 616.67 / 9 = 68.52.
 */
final class Sample {

    static final String USE_CASE = "Claims triage assistant";
    static final double IMPACT = 325.0 / 5;
    static final double FEASIBILITY = (75 + 75 + 75 + 200.0 / 3) / 4;
    static final double OVERALL = (325 + 75 + 75 + 75 + 200.0 / 3) / 9;

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    private Sample() {
    }

    /** @return the portfolio, every installed criterion enabled */
    static Portfolio portfolio() {
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName("Sample");
        portfolio.setScoring(FACTORY.createScoringConfiguration());
        UseCase useCase = FACTORY.createUseCase();
        useCase.setName(USE_CASE);
        portfolio.getUseCases().add(useCase);
        score(useCase, "strategic-value", 4);
        score(useCase, "customer-experience", 3);
        score(useCase, "data-process-maturity", 4);
        score(useCase, "technical-complexity", 2);
        score(useCase, "brand-impact", 3);
        score(useCase, "compliance-risk", 2);
        score(useCase, "initiative-alignment", 5);
        score(useCase, "ai-act-risk", 2);
        score(useCase, "test-duplicate", 3);
        BusinessCase businessCase = FACTORY.createBusinessCase();
        businessCase.setAnnualRevenueGained(200_000);
        businessCase.setAnnualCostAvoided(150_000);
        businessCase.setRunningCostPerYear(50_000);
        useCase.setBusinessCase(businessCase);
        return portfolio;
    }

    /**
     * @return the portfolio listing every installed criterion: those contributed by this test
     *         bundle disabled, the others enabled with their default weight (a criterion installed
     *         later is not used until the portfolio enables it)
     */
    static Portfolio rankable(CriterionRegistry criteria) {
        Portfolio portfolio = portfolio();
        for (Criterion criterion : criteria.criteria()) {
            setting(portfolio, criterion.id()).setEnabled(!ThisBundle.ID.equals(criterion.contributor()));
        }
        return portfolio;
    }

    /**
     * @param rules the installed rules
     * @return the default options in English, with the rules contributed by this test bundle disabled
     */
    static ValidationOptions withoutTestRules(RuleRegistry rules) {
        ValidationOptions options = ValidationOptions.defaults().withLocale(Locale.ENGLISH);
        for (ValidationRule rule : rules.rules()) {
            if (ThisBundle.ID.equals(rule.contributor())) {
                options = options.withDisabled(rule.id());
            }
        }
        return options;
    }

    /**
     * Replaces the use case's scores on a criterion by one assessor's score.
     *
     * @param useCase the use case
     * @param criterionId the criterion
     * @param value the new value
     */
    static void rescore(UseCase useCase, String criterionId, double value) {
        useCase.getScores().removeIf(score -> criterionId.equals(score.getCriterionId()));
        score(useCase, criterionId, value);
    }

    static UseCase useCase(Portfolio portfolio) {
        return portfolio.getUseCases().get(0);
    }

    static void score(UseCase useCase, String criterionId, double value) {
        Score score = FACTORY.createScore();
        score.setCriterionId(criterionId);
        score.setValue(value);
        score.setAssessor("Assessor");
        useCase.getScores().add(score);
    }

    static CriterionSetting setting(Portfolio portfolio, String criterionId) {
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
}
