// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.scoring;

import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.StrategyRegistry;

/**
 * Where the Cartograph user interface gets its installed criteria, strategies and scoring
 * engine: the single seam between the workbench and the scoring core. Every editor, page,
 * preference page and wizard asks here; none builds a registry of its own.
 * <p>
 * Today the registries hold the eight default criteria of the method (built in code by
 * {@link DefaultCriteria}) and the built-in weighted-sum strategy. When the extension-point
 * registries land, only the two factory methods at the bottom of this class change.
 */
public final class ScoringServices {

    private static CriterionRegistry criteria;
    private static StrategyRegistry strategies;
    private static ScoringEngine engine;

    private ScoringServices() {
    }

    /** @return the installed criteria, shared by the whole workbench */
    public static synchronized CriterionRegistry criteria() {
        if (criteria == null) {
            criteria = createCriteria();
        }
        return criteria;
    }

    /** @return the installed scoring strategies, shared by the whole workbench */
    public static synchronized StrategyRegistry strategies() {
        if (strategies == null) {
            strategies = createStrategies();
        }
        return strategies;
    }

    /** @return the engine over {@link #criteria()} and {@link #strategies()} */
    public static synchronized ScoringEngine engine() {
        if (engine == null) {
            engine = new ScoringEngine(criteria(), strategies());
        }
        return engine;
    }

    private static CriterionRegistry createCriteria() {
        CriterionRegistry registry = new CriterionRegistry();
        registry.addAll(DefaultCriteria.create());
        return registry;
    }

    private static StrategyRegistry createStrategies() {
        return new StrategyRegistry();
    }
}
