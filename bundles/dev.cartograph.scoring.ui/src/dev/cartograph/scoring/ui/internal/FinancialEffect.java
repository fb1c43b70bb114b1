// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.UseCase;

/** The quantified financial effect of a use case's business case. */
public final class FinancialEffect {

    private FinancialEffect() {
    }

    /**
     * @param useCase a use case
     * @return the annual revenue gained plus the annual cost avoided of its business case (a
     *         figure that is not given counts as 0), or {@code NaN} when the business case gives
     *         neither or there is none
     */
    public static double of(UseCase useCase) {
        BusinessCase businessCase = useCase.getBusinessCase();
        if (businessCase == null) {
            return Double.NaN;
        }
        boolean revenue = businessCase.isSetAnnualRevenueGained() && Double.isFinite(businessCase.getAnnualRevenueGained());
        boolean avoided = businessCase.isSetAnnualCostAvoided() && Double.isFinite(businessCase.getAnnualCostAvoided());
        if (!revenue && !avoided) {
            return Double.NaN;
        }
        return (revenue ? businessCase.getAnnualRevenueGained() : 0) + (avoided ? businessCase.getAnnualCostAvoided() : 0);
    }
}
