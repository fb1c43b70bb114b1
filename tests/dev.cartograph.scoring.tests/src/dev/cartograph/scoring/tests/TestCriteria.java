// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

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

/** Criteria defined in code for the tests, including a mirror of the eight defaults of METHOD.md. */
final class TestCriteria {

    static final String CONTRIBUTOR = "dev.cartograph.scoring.tests";

    private TestCriteria() {
    }

    static Criterion criterion(String id, Side side, Direction direction, Scale scale, double weight) {
        return Criterion.builder(id).label(id).side(side).direction(direction).scale(scale).defaultWeight(weight)
                .contributor(CONTRIBUTOR).build();
    }

    /** An impact-side benefit criterion on 1-5 with default weight 1. */
    static Criterion impact(String id) {
        return criterion(id, Side.IMPACT, Direction.BENEFIT, Scale.of(1, 5), 1);
    }

    /** A feasibility-side benefit criterion on 1-5 with default weight 1. */
    static Criterion feasibility(String id) {
        return criterion(id, Side.FEASIBILITY, Direction.BENEFIT, Scale.of(1, 5), 1);
    }

    /** An impact-side benefit criterion on 0-100 with default weight 1: the value is its normalised score. */
    static Criterion percentImpact(String id) {
        return criterion(id, Side.IMPACT, Direction.BENEFIT, Scale.of(0, 100), 1);
    }

    /** A feasibility-side benefit criterion on 0-100 with default weight 1. */
    static Criterion percentFeasibility(String id) {
        return criterion(id, Side.FEASIBILITY, Direction.BENEFIT, Scale.of(0, 100), 1);
    }

    static CriterionRegistry registry(Criterion... criteria) {
        CriterionRegistry registry = new CriterionRegistry();
        for (Criterion criterion : criteria) {
            if (!registry.add(criterion)) {
                throw new IllegalStateException(registry.failures().toString());
            }
        }
        return registry;
    }

    static ScoringEngine engine(Criterion... criteria) {
        return new ScoringEngine(registry(criteria), new StrategyRegistry());
    }

    /**
     * The eight default criteria of METHOD.md, in its order, on 1-5 with weight 1. Financial
     * potential is computed when no assessor scored it: from the business case's annual revenue
     * gained plus cost avoided, 1 below 100k, then one level per bracket (100k, 250k, 500k, 1M).
     */
    static List<Criterion> defaults() {
        Scale scale = Scale.of(1, 5, "very low", "low", "medium", "high", "very high");
        return List.of(
                Criterion.builder("strategic-value").label("Strategic business value")
                        .question("Does it serve the company's key objectives (growth, margin, market share)?")
                        .scale(scale).side(Side.IMPACT).contributor(CONTRIBUTOR).build(),
                Criterion.builder("customer-experience").label("Customer experience impact")
                        .question("Does it remove a major friction or create a moment of delight for the customer?")
                        .scale(scale).side(Side.IMPACT).contributor(CONTRIBUTOR).build(),
                Criterion.builder("financial-potential").label("Financial potential")
                        .question("Can the revenue gained or the cost avoided be quantified clearly?")
                        .scale(scale).side(Side.IMPACT).contributor(CONTRIBUTOR)
                        .computedBy(useCase -> financialLevel(useCase.getBusinessCase())).build(),
                Criterion.builder("data-process-maturity").label("Data and process maturity")
                        .question("Do we have the data, and is the process mature enough for AI to work?")
                        .scale(scale).side(Side.FEASIBILITY).contributor(CONTRIBUTOR).build(),
                Criterion.builder("technical-complexity").label("Technical complexity")
                        .question("How much effort to build, integrate and maintain? (higher = harder)")
                        .scale(scale).side(Side.FEASIBILITY).direction(Direction.COST).contributor(CONTRIBUTOR).build(),
                Criterion.builder("brand-impact").label("Brand impact")
                        .question("Does it strengthen the brand, or carry a reputational risk?")
                        .scale(scale).side(Side.IMPACT).contributor(CONTRIBUTOR).build(),
                Criterion.builder("compliance-risk").label("Compliance and operational risk")
                        .question("What are the regulatory, legal and security implications? (higher = riskier)")
                        .scale(scale).side(Side.FEASIBILITY).direction(Direction.COST).contributor(CONTRIBUTOR).build(),
                Criterion.builder("initiative-alignment").label("Alignment with key initiatives")
                        .question("Does it accelerate or support other strategic priorities?")
                        .scale(scale).side(Side.IMPACT).contributor(CONTRIBUTOR).build());
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
