// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import java.util.List;
import java.util.OptionalDouble;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.StrategyRegistry;

/**
 * The eight default criteria of METHOD.md defined in code (the same idea as the scoring tests'
 * TestCriteria): on 1-5, weight 1; financial potential is computed from the business case when
 * nobody scored it.
 */
final class TestCriteria {

    static final String CONTRIBUTOR = "dev.cartograph.validation.tests";

    static final String STRATEGIC_VALUE = "strategic-value";
    static final String CUSTOMER_EXPERIENCE = "customer-experience";
    static final String FINANCIAL_POTENTIAL = "financial-potential";
    static final String DATA_PROCESS_MATURITY = "data-process-maturity";
    static final String TECHNICAL_COMPLEXITY = "technical-complexity";
    static final String BRAND_IMPACT = "brand-impact";
    static final String COMPLIANCE_RISK = "compliance-risk";
    static final String INITIATIVE_ALIGNMENT = "initiative-alignment";

    /** The ids in the order of METHOD.md. */
    static final List<String> IDS = List.of(STRATEGIC_VALUE, CUSTOMER_EXPERIENCE, FINANCIAL_POTENTIAL,
            DATA_PROCESS_MATURITY, TECHNICAL_COMPLEXITY, BRAND_IMPACT, COMPLIANCE_RISK, INITIATIVE_ALIGNMENT);

    private TestCriteria() {
    }

    static List<Criterion> defaults() {
        Scale scale = Scale.of(1, 5, "very low", "low", "medium", "high", "very high");
        return List.of(
                Criterion.builder(STRATEGIC_VALUE).label("Strategic business value").scale(scale).side(Side.IMPACT)
                        .contributor(CONTRIBUTOR).build(),
                Criterion.builder(CUSTOMER_EXPERIENCE).label("Customer experience impact").scale(scale)
                        .side(Side.IMPACT).contributor(CONTRIBUTOR).build(),
                Criterion.builder(FINANCIAL_POTENTIAL).label("Financial potential").scale(scale).side(Side.IMPACT)
                        .contributor(CONTRIBUTOR).computedBy(useCase -> financialLevel(useCase.getBusinessCase()))
                        .build(),
                Criterion.builder(DATA_PROCESS_MATURITY).label("Data and process maturity").scale(scale)
                        .side(Side.FEASIBILITY).contributor(CONTRIBUTOR).build(),
                Criterion.builder(TECHNICAL_COMPLEXITY).label("Technical complexity").scale(scale)
                        .side(Side.FEASIBILITY).direction(Direction.COST).contributor(CONTRIBUTOR).build(),
                Criterion.builder(BRAND_IMPACT).label("Brand impact").scale(scale).side(Side.IMPACT)
                        .contributor(CONTRIBUTOR).build(),
                Criterion.builder(COMPLIANCE_RISK).label("Compliance and operational risk").scale(scale)
                        .side(Side.FEASIBILITY).direction(Direction.COST).contributor(CONTRIBUTOR).build(),
                Criterion.builder(INITIATIVE_ALIGNMENT).label("Alignment with key initiatives").scale(scale)
                        .side(Side.IMPACT).contributor(CONTRIBUTOR).build());
    }

    static CriterionRegistry registry(List<Criterion> criteria) {
        CriterionRegistry registry = new CriterionRegistry();
        for (Criterion criterion : criteria) {
            if (!registry.add(criterion)) {
                throw new IllegalStateException(registry.failures().toString());
            }
        }
        return registry;
    }

    /** @return an engine with the eight defaults installed */
    static ScoringEngine engine() {
        return new ScoringEngine(registry(defaults()), new StrategyRegistry());
    }

    private static OptionalDouble financialLevel(BusinessCase businessCase) {
        if (businessCase == null || !businessCase.isSetAnnualRevenueGained() && !businessCase.isSetAnnualCostAvoided()) {
            return OptionalDouble.empty();
        }
        double total = businessCase.getAnnualRevenueGained() + businessCase.getAnnualCostAvoided();
        double[] brackets = { 100_000, 250_000, 500_000, 1_000_000 };
        int level = 1;
        for (double bracket : brackets) {
            if (total >= bracket) {
                level++;
            }
        }
        return OptionalDouble.of(level);
    }
}
