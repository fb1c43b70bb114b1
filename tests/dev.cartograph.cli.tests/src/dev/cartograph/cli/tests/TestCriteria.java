// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.Side;

/**
 * Criteria defined in code, as the command line's tests install them: the eight defaults of
 * METHOD.md (on 1-5, weight 1, the two risks as costs), and a two-criterion grid whose scores are
 * easy to work out by hand.
 */
final class TestCriteria {

    static final String CONTRIBUTOR = "dev.cartograph.cli.tests";

    /** The grid's impact criterion: 1-5, benefit: 1 is 0 points, 5 is 100. */
    static final String VALUE = "value";

    /** The grid's feasibility criterion: 1-5, cost: 1 is 100 points, 5 is 0. */
    static final String EFFORT = "effort";

    private TestCriteria() {
    }

    /** @return a registry with the eight default criteria */
    static CriterionRegistry defaults() {
        Scale scale = Scale.of(1, 5);
        CriterionRegistry registry = new CriterionRegistry();
        add(registry, impact("strategic-value", "Strategic business value", scale));
        add(registry, impact("customer-experience", "Customer experience impact", scale));
        add(registry, impact("financial-potential", "Financial potential", scale));
        add(registry, Criterion.builder("data-process-maturity").label("Data and process maturity").scale(scale)
                .side(Side.FEASIBILITY).contributor(CONTRIBUTOR).build());
        add(registry, Criterion.builder("technical-complexity").label("Technical complexity").scale(scale)
                .side(Side.FEASIBILITY).direction(Direction.COST).contributor(CONTRIBUTOR).build());
        add(registry, impact("brand-impact", "Brand impact", scale));
        add(registry, Criterion.builder("compliance-risk").label("Compliance and operational risk").scale(scale)
                .side(Side.FEASIBILITY).direction(Direction.COST).contributor(CONTRIBUTOR).build());
        add(registry, impact("initiative-alignment", "Alignment with key initiatives", scale));
        return registry;
    }

    /** @return a registry with the grid's two criteria, {@link #VALUE} and {@link #EFFORT}, weight 1 each */
    static CriterionRegistry grid() {
        CriterionRegistry registry = new CriterionRegistry();
        add(registry, Criterion.builder(VALUE).label("Value").scale(Scale.of(1, 5)).side(Side.IMPACT)
                .contributor(CONTRIBUTOR).build());
        add(registry, Criterion.builder(EFFORT).label("Effort").scale(Scale.of(1, 5)).side(Side.FEASIBILITY)
                .direction(Direction.COST).contributor(CONTRIBUTOR).build());
        return registry;
    }

    private static Criterion impact(String id, String label, Scale scale) {
        return Criterion.builder(id).label(label).scale(scale).side(Side.IMPACT).contributor(CONTRIBUTOR).build();
    }

    private static void add(CriterionRegistry registry, Criterion criterion) {
        if (!registry.add(criterion)) {
            throw new IllegalStateException(registry.failures().toString());
        }
    }
}
