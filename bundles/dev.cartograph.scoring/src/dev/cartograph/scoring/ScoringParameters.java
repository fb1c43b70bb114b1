// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.List;
import java.util.Optional;

import dev.cartograph.model.Aggregation;

/**
 * The portfolio's scoring configuration as the engine applied it, with defaults filled in.
 *
 * @param strategyId the strategy actually used
 * @param requestedStrategyId the strategy the configuration names
 * @param impactThreshold impact at or above which a use case is high impact
 * @param feasibilityThreshold feasibility at or above which a use case is highly feasible
 * @param aggregation how assessors' scores combine
 * @param disagreementThreshold spread (0-100 points) above which a value is disputed
 * @param criteria every installed criterion, in registry order, with its setting
 * @param gates every gate of the configuration, in model order
 * @param partialRanking whether a use case scored on some enabled criteria only is ranked on
 *        those it has (partial), instead of staying incomplete (strict)
 * @param minimumCoverage with partial ranking, the share (0-100) of the enabled criteria a use
 *        case must be scored on to be ranked
 */
public record ScoringParameters(String strategyId, String requestedStrategyId, double impactThreshold,
        double feasibilityThreshold, Aggregation aggregation, double disagreementThreshold,
        List<CriterionWeight> criteria, List<GateRule> gates, boolean partialRanking, double minimumCoverage) {

    /** Copies the lists. */
    public ScoringParameters {
        criteria = List.copyOf(criteria);
        gates = List.copyOf(gates);
    }

    /**
     * @param partial whether to rank on partial scores
     * @return these parameters with that ranking mode
     */
    public ScoringParameters withPartialRanking(boolean partial) {
        return new ScoringParameters(strategyId, requestedStrategyId, impactThreshold, feasibilityThreshold,
                aggregation, disagreementThreshold, criteria, gates, partial, minimumCoverage);
    }

    /** @return the enabled criteria, in registry order: the columns of every use case's scores */
    public List<CriterionWeight> enabledCriteria() {
        return criteria.stream().filter(CriterionWeight::enabled).toList();
    }

    /**
     * @param criterionId a criterion id
     * @return that installed criterion's setting
     */
    public Optional<CriterionWeight> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.criterion().id().equals(criterionId)).findFirst();
    }
}
