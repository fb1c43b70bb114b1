// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.scoring;

import java.util.List;
import java.util.OptionalDouble;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.Side;
import dev.cartograph.ui.internal.Messages;

/**
 * The eight default criteria of the method (METHOD.md), in its order, on a 1-5 scale with
 * weight 1, labelled in the user's language. Financial potential is computed from the business
 * case when no assessor scored it: annual revenue gained plus cost avoided, 1 below 100k, then
 * one level per bracket reached (100k, 250k, 500k, 1M).
 */
final class DefaultCriteria {

    static final String CONTRIBUTOR = "dev.cartograph.ui"; //$NON-NLS-1$
    private static final double[] FINANCIAL_BRACKETS = { 100_000, 250_000, 500_000, 1_000_000 };

    private DefaultCriteria() {
    }

    static List<Criterion> create() {
        Scale scale = Scale.of(1, 5, Messages.DefaultCriteria_veryLow, Messages.DefaultCriteria_low,
                Messages.DefaultCriteria_medium, Messages.DefaultCriteria_high, Messages.DefaultCriteria_veryHigh);
        return List.of(
                criterion("strategic-value", Messages.DefaultCriteria_strategicValue, //$NON-NLS-1$
                        Messages.DefaultCriteria_strategicValueQuestion, scale, Side.IMPACT, Direction.BENEFIT).build(),
                criterion("customer-experience", Messages.DefaultCriteria_customerExperience, //$NON-NLS-1$
                        Messages.DefaultCriteria_customerExperienceQuestion, scale, Side.IMPACT, Direction.BENEFIT).build(),
                criterion("financial-potential", Messages.DefaultCriteria_financialPotential, //$NON-NLS-1$
                        Messages.DefaultCriteria_financialPotentialQuestion, scale, Side.IMPACT, Direction.BENEFIT)
                        .computedBy(useCase -> financialLevel(useCase.getBusinessCase())).build(),
                criterion("data-process-maturity", Messages.DefaultCriteria_dataProcessMaturity, //$NON-NLS-1$
                        Messages.DefaultCriteria_dataProcessMaturityQuestion, scale, Side.FEASIBILITY, Direction.BENEFIT)
                        .build(),
                criterion("technical-complexity", Messages.DefaultCriteria_technicalComplexity, //$NON-NLS-1$
                        Messages.DefaultCriteria_technicalComplexityQuestion, scale, Side.FEASIBILITY, Direction.COST)
                        .build(),
                criterion("brand-impact", Messages.DefaultCriteria_brandImpact, //$NON-NLS-1$
                        Messages.DefaultCriteria_brandImpactQuestion, scale, Side.IMPACT, Direction.BENEFIT).build(),
                criterion("compliance-risk", Messages.DefaultCriteria_complianceRisk, //$NON-NLS-1$
                        Messages.DefaultCriteria_complianceRiskQuestion, scale, Side.FEASIBILITY, Direction.COST).build(),
                criterion("initiative-alignment", Messages.DefaultCriteria_initiativeAlignment, //$NON-NLS-1$
                        Messages.DefaultCriteria_initiativeAlignmentQuestion, scale, Side.IMPACT, Direction.BENEFIT)
                        .build());
    }

    private static dev.cartograph.scoring.CriterionBuilder criterion(String id, String label, String question, Scale scale,
            Side side, Direction direction) {
        return Criterion.builder(id).label(label).question(question).description(question).scale(scale).side(side)
                .direction(direction).defaultWeight(1).contributor(CONTRIBUTOR);
    }

    private static OptionalDouble financialLevel(BusinessCase businessCase) {
        if (businessCase == null || !businessCase.isSetAnnualRevenueGained() && !businessCase.isSetAnnualCostAvoided()) {
            return OptionalDouble.empty();
        }
        double total = businessCase.getAnnualRevenueGained() + businessCase.getAnnualCostAvoided();
        int level = 1;
        for (double bracket : FINANCIAL_BRACKETS) {
            if (total >= bracket) {
                level++;
            }
        }
        return OptionalDouble.of(level);
    }
}
