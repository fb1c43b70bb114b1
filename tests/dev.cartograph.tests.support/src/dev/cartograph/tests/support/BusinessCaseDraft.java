// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.FACTORY;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.UseCase;

/** Fills in the one-page business case of a use case. Amounts are in euro, the portfolio's currency. */
final class BusinessCaseDraft {

    private final BusinessCase businessCase = FACTORY.createBusinessCase();

    private BusinessCaseDraft() {
    }

    /** Attaches a new business case to the use case, sponsored by the use case's sponsor. */
    static BusinessCaseDraft of(UseCase useCase) {
        BusinessCaseDraft draft = new BusinessCaseDraft();
        draft.businessCase.setSponsor(useCase.getSponsor());
        useCase.setBusinessCase(draft.businessCase);
        return draft;
    }

    BusinessCaseDraft problem(String text) {
        businessCase.setProblem(text);
        return this;
    }

    BusinessCaseDraft solution(String text) {
        businessCase.setProposedSolution(text);
        return this;
    }

    BusinessCaseDraft benefits(String text) {
        businessCase.setExpectedBenefits(text);
        return this;
    }

    BusinessCaseDraft costs(double oneOff, double runningPerYear) {
        businessCase.setOneOffCost(oneOff);
        businessCase.setRunningCostPerYear(runningPerYear);
        return this;
    }

    BusinessCaseDraft revenueGained(double perYear) {
        businessCase.setAnnualRevenueGained(perYear);
        return this;
    }

    BusinessCaseDraft costAvoided(double perYear) {
        businessCase.setAnnualCostAvoided(perYear);
        return this;
    }

    BusinessCaseDraft timeToValue(int months) {
        businessCase.setTimeToValueMonths(months);
        return this;
    }

    BusinessCaseDraft data(String text) {
        businessCase.setDataNeeded(text);
        return this;
    }

    BusinessCaseDraft risks(String text) {
        businessCase.setRisks(text);
        return this;
    }

    BusinessCaseDraft compliance(String text) {
        businessCase.setComplianceNotes(text);
        return this;
    }

    BusinessCaseDraft dependencies(String text) {
        businessCase.setDependencies(text);
        return this;
    }

    /** A measurable benefit: from {@code baseline} to {@code target} in {@code unit} within the horizon. */
    BusinessCaseDraft kpi(String name, String unit, double baseline, double target, int horizonMonths) {
        Kpi kpi = FACTORY.createKpi();
        kpi.setName(name);
        kpi.setUnit(unit);
        kpi.setBaseline(baseline);
        kpi.setTarget(target);
        kpi.setHorizonMonths(horizonMonths);
        businessCase.getKpis().add(kpi);
        return this;
    }
}
