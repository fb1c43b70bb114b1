// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.Kpi;

/**
 * The figures a finance reader expects from a business case, computed from its costs and gains:
 * <ul>
 * <li>net yearly effect = revenue gained + cost avoided - running cost per year;</li>
 * <li>payback period in months = one-off cost / net yearly effect x 12 (only when the net yearly
 * effect is positive; otherwise it never pays back);</li>
 * <li>simple ROI over the horizon = (gains over the horizon - costs over the horizon) / costs over
 * the horizon, where gains = (revenue + cost avoided) x horizon / 12 and costs = one-off + running
 * x horizon / 12 (undefined when the costs are zero).</li>
 * </ul>
 * The horizon is the longest KPI horizon of the case, or {@value #DEFAULT_HORIZON_MONTHS} months.
 *
 * @param oneOff the one-off cost
 * @param running the running cost per year
 * @param revenue the revenue gained per year
 * @param avoided the cost avoided per year
 * @param horizonMonths the horizon of the ROI
 * @param netYearly the net yearly effect
 * @param paybackMonths the payback period in months; {@code NaN} when it never pays back
 * @param roi the simple ROI over the horizon as a fraction (0.5 = 50 %); {@code NaN} when costs are zero
 * @param known whether any cost or gain is given at all
 */
public record Finance(double oneOff, double running, double revenue, double avoided, int horizonMonths,
        double netYearly, double paybackMonths, double roi, boolean known) {

    /** The ROI horizon when no KPI gives one. */
    public static final int DEFAULT_HORIZON_MONTHS = 36;

    /**
     * @param oneOff the one-off cost
     * @param running the running cost per year
     * @param revenue the revenue gained per year
     * @param avoided the cost avoided per year
     * @param horizonMonths the horizon of the ROI, at least 1
     * @param known whether any of the four is given
     * @return the computed figures
     */
    public static Finance of(double oneOff, double running, double revenue, double avoided, int horizonMonths,
            boolean known) {
        double net = revenue + avoided - running;
        double payback = net > 0 ? oneOff / net * 12 : Double.NaN;
        double years = horizonMonths / 12.0;
        double costs = oneOff + running * years;
        double gains = (revenue + avoided) * years;
        double roi = costs > 0 ? (gains - costs) / costs : Double.NaN;
        return new Finance(oneOff, running, revenue, avoided, horizonMonths, net, payback, roi, known);
    }

    /**
     * @param businessCase a business case, may be {@code null}
     * @return its figures; all zero and not {@linkplain #known() known} without a case
     */
    public static Finance of(BusinessCase businessCase) {
        if (businessCase == null) {
            return of(0, 0, 0, 0, DEFAULT_HORIZON_MONTHS, false);
        }
        int horizon = businessCase.getKpis().stream().filter(Kpi::isSetHorizonMonths).mapToInt(Kpi::getHorizonMonths)
                .filter(h -> h > 0).max().orElse(DEFAULT_HORIZON_MONTHS);
        boolean known = businessCase.isSetOneOffCost() || businessCase.isSetRunningCostPerYear()
                || businessCase.isSetAnnualRevenueGained() || businessCase.isSetAnnualCostAvoided();
        return of(businessCase.getOneOffCost(), businessCase.getRunningCostPerYear(),
                businessCase.getAnnualRevenueGained(), businessCase.getAnnualCostAvoided(), horizon, known);
    }
}
