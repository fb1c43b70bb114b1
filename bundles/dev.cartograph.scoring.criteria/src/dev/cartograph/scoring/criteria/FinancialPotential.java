// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.criteria;

import java.util.List;
import java.util.OptionalDouble;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.UseCase;
import dev.cartograph.service.CriterionComputer;

/**
 * Computes the financial potential (1-5) of a use case from its business case, for the use
 * cases no assessor scored on {@value DefaultCriteria#FINANCIAL_POTENTIAL}.
 * <p>
 * The net annual benefit is the annual revenue gained plus the annual cost avoided minus the
 * running cost per year, in the portfolio's currency; a figure that is not set counts as 0.
 * It maps to a level by the thresholds {@link #THRESHOLDS} (the same as the rubric):
 * <table>
 * <caption>Levels</caption>
 * <tr><th>net annual benefit</th><th>level</th></tr>
 * <tr><td>below 100,000 (including a loss)</td><td>1</td></tr>
 * <tr><td>100,000 to under 250,000</td><td>2</td></tr>
 * <tr><td>250,000 to under 500,000</td><td>3</td></tr>
 * <tr><td>500,000 to under 1,000,000</td><td>4</td></tr>
 * <tr><td>1,000,000 or more</td><td>5</td></tr>
 * </table>
 * A use case without a business case, or whose business case sets neither the revenue gained
 * nor the cost avoided, gets no computed value: the method asks for a benefit that can be
 * quantified, so an assessor must then score it.
 */
public final class FinancialPotential implements CriterionComputer {

    /** The lowest net annual benefit of levels 2, 3, 4 and 5, in the portfolio's currency. */
    public static final List<Double> THRESHOLDS = List.of(100_000.0, 250_000.0, 500_000.0, 1_000_000.0);

    /** Creates the computer; the extension registry calls this. */
    public FinancialPotential() {
        // Stateless.
    }

    @Override
    public OptionalDouble computeValue(UseCase useCase) {
        return level(useCase.getBusinessCase());
    }

    /**
     * @param businessCase a business case, possibly {@code null}
     * @return its level 1-5, or empty if it quantifies no benefit
     */
    public static OptionalDouble level(BusinessCase businessCase) {
        OptionalDouble net = netAnnualBenefit(businessCase);
        if (net.isEmpty()) {
            return OptionalDouble.empty();
        }
        int level = 1;
        for (double threshold : THRESHOLDS) {
            if (net.getAsDouble() >= threshold) {
                level++;
            }
        }
        return OptionalDouble.of(level);
    }

    /**
     * @param businessCase a business case, possibly {@code null}
     * @return revenue gained + cost avoided - running cost per year, or empty if it sets
     *         neither the revenue gained nor the cost avoided
     */
    public static OptionalDouble netAnnualBenefit(BusinessCase businessCase) {
        if (businessCase == null || !businessCase.isSetAnnualRevenueGained() && !businessCase.isSetAnnualCostAvoided()) {
            return OptionalDouble.empty();
        }
        double net = figure(businessCase.isSetAnnualRevenueGained(), businessCase.getAnnualRevenueGained())
                + figure(businessCase.isSetAnnualCostAvoided(), businessCase.getAnnualCostAvoided())
                - figure(businessCase.isSetRunningCostPerYear(), businessCase.getRunningCostPerYear());
        return Double.isFinite(net) ? OptionalDouble.of(net) : OptionalDouble.empty();
    }

    private static double figure(boolean set, double value) {
        return set ? value : 0.0;
    }
}
