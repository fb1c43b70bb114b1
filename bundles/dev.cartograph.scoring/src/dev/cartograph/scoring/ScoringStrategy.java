// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.List;

/**
 * Combines a use case's per-criterion values into its impact, feasibility and overall
 * scores. Strategies are collected in a {@link StrategyRegistry}; a portfolio chooses one by
 * id ({@code ScoringConfiguration.strategyId}). The engine prepares everything else:
 * aggregation of assessors, computed values, normalisation, gates, completeness and ranking.
 * <p>
 * If a strategy throws or returns a score that is not a number between 0 and 100, the engine
 * reports it and scores the whole portfolio with {@link WeightedSumStrategy} instead.
 */
public interface ScoringStrategy {

    /** @return the stable identifier, as written in {@code ScoringConfiguration.strategyId} */
    String id();

    /** @return the localised name */
    String label();

    /** @return who contributed the strategy (a bundle id) */
    String contributor();

    /**
     * Scores one complete use case.
     *
     * @param criteria the use case's values on every enabled criterion, all present, in the
     *        registry's order; each carries its criterion (side, direction), weight, value and
     *        normalised value
     * @return the scores, each between 0 and 100
     */
    Scores evaluate(List<CriterionScore> criteria);
}
