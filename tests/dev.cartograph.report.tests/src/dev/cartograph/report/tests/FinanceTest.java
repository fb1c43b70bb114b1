// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Kpi;
import dev.cartograph.report.Finance;

/** The finance figures of a one-pager against values worked out by hand. */
class FinanceTest {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    @Test
    void figuresOfACaseThatPaysBack() {
        // one-off 120,000, running 30,000/yr, revenue 50,000/yr, avoided 100,000/yr, KPI horizons 12 and 24 months.
        BusinessCase bc = FACTORY.createBusinessCase();
        bc.setOneOffCost(120_000);
        bc.setRunningCostPerYear(30_000);
        bc.setAnnualRevenueGained(50_000);
        bc.setAnnualCostAvoided(100_000);
        bc.getKpis().add(kpi(12));
        bc.getKpis().add(kpi(24));
        Finance finance = Finance.of(bc);
        // net = 50,000 + 100,000 - 30,000 = 120,000 a year
        assertEquals(120_000, finance.netYearly(), 1e-9);
        // payback = 120,000 / 120,000 x 12 = 12 months
        assertEquals(12, finance.paybackMonths(), 1e-9);
        // horizon = 24 months (longest KPI): gains = 150,000 x 2 = 300,000; costs = 120,000 + 30,000 x 2 = 180,000
        // ROI = (300,000 - 180,000) / 180,000 = 0.6667
        assertEquals(24, finance.horizonMonths());
        assertEquals(120_000.0 / 180_000.0, finance.roi(), 1e-9);
        assertTrue(finance.known());
    }

    @Test
    void aCaseWhoseRunningCostEatsTheGainsNeverPaysBack() {
        BusinessCase bc = FACTORY.createBusinessCase();
        bc.setOneOffCost(50_000);
        bc.setRunningCostPerYear(40_000);
        bc.setAnnualCostAvoided(30_000);
        Finance finance = Finance.of(bc);
        assertEquals(-10_000, finance.netYearly(), 1e-9);
        assertTrue(Double.isNaN(finance.paybackMonths()));
        // default horizon 36 months: gains 90,000; costs 50,000 + 120,000 = 170,000; ROI = -80,000 / 170,000
        assertEquals(Finance.DEFAULT_HORIZON_MONTHS, finance.horizonMonths());
        assertEquals(-80_000.0 / 170_000.0, finance.roi(), 1e-9);
    }

    @Test
    void noBusinessCaseMeansNoFigures() {
        Finance finance = Finance.of(null);
        assertFalse(finance.known());
        assertTrue(Double.isNaN(finance.roi()));
    }

    private static Kpi kpi(int horizon) {
        Kpi kpi = FACTORY.createKpi();
        kpi.setName("k");
        kpi.setHorizonMonths(horizon);
        return kpi;
    }
}
