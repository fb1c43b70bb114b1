// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.overview;

import java.util.List;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.ui.internal.Messages;

/**
 * How far a portfolio follows the five practices of the method (METHOD.md), with simple
 * measures a programme lead can check by hand. Rejected use cases are left out of every
 * use case measure: they are decisions, not gaps.
 * <ol>
 * <li>Start inside: the share of the first wave's use cases that are internal.</li>
 * <li>Follow the customer, including after they leave: the share of journeys with a
 * post-journey (churn) stage, and the share of frictions found at journey stages that are
 * backed by evidence.</li>
 * <li>Map, don't brainstorm: the share of use cases anchored on at least one workflow step or
 * journey stage.</li>
 * <li>One playbook for everyone: the share of use cases with a value on every enabled
 * criterion of the shared grid.</li>
 * <li>Measurable cases, then prioritise: the share of use cases with a business case that has a
 * measurable KPI (baseline and target set).</li>
 * </ol>
 * A practice's completeness is the mean of its measures.
 */
public final class PracticeMeasures {

    private PracticeMeasures() {
    }

    /**
     * @param portfolio a portfolio
     * @param scoring its scoring (for the grid coverage)
     * @return the five practices, in the method's order
     */
    public static List<Practice> of(Portfolio portfolio, ScoringResult scoring) {
        List<UseCase> active = portfolio.getUseCases().stream().filter(u -> u.getStatus() != UseCaseStatus.REJECTED)
                .toList();
        return List.of(
                new Practice(Messages.Practice_startInside, List.of(internalFirstWave(portfolio))),
                new Practice(Messages.Practice_followCustomer, List.of(journeysAfterLeaving(portfolio),
                        journeyFrictionsWithEvidence(portfolio))),
                new Practice(Messages.Practice_map, List.of(anchored(active))),
                new Practice(Messages.Practice_playbook, List.of(fullyScored(active, scoring))),
                new Practice(Messages.Practice_measurable, List.of(measurable(active))));
    }

    static Measure internalFirstWave(Portfolio portfolio) {
        Wave first = portfolio.getRoadmap() == null || portfolio.getRoadmap().getWaves().isEmpty() ? null
                : portfolio.getRoadmap().getWaves().get(0);
        List<UseCase> planned = first == null ? List.of() : first.getUseCases();
        int internal = (int) planned.stream().filter(u -> u.getScope() == Scope.INTERNAL).count();
        String wave = first == null || first.getName() == null ? Messages.Measure_firstWave : first.getName();
        return new Measure(Messages.bind(Messages.Measure_internalFirstWave, wave), internal, planned.size());
    }

    static Measure journeysAfterLeaving(Portfolio portfolio) {
        int met = (int) portfolio.getJourneys().stream()
                .filter(j -> j.getStages().stream().anyMatch(s -> s.getKind() == StageKind.POST_JOURNEY)).count();
        return new Measure(Messages.Measure_journeysAfterLeaving, met, portfolio.getJourneys().size());
    }

    static Measure journeyFrictionsWithEvidence(Portfolio portfolio) {
        int total = 0;
        int met = 0;
        for (CustomerJourney journey : portfolio.getJourneys()) {
            for (JourneyStage stage : journey.getStages()) {
                total += stage.getFrictions().size();
                met += (int) stage.getFrictions().stream().filter(f -> !f.getEvidence().isEmpty()).count();
            }
        }
        return new Measure(Messages.Measure_frictionsWithEvidence, met, total);
    }

    static Measure anchored(List<UseCase> useCases) {
        int met = (int) useCases.stream().filter(u -> !u.getSteps().isEmpty() || !u.getStages().isEmpty()).count();
        return new Measure(Messages.Measure_anchored, met, useCases.size());
    }

    static Measure fullyScored(List<UseCase> useCases, ScoringResult scoring) {
        int met = 0;
        for (UseCase useCase : useCases) {
            UseCaseScore score = scoring == null ? null : scoring.find(useCase).orElse(null);
            if (score != null && score.missing().isEmpty()) {
                met++;
            }
        }
        return new Measure(Messages.Measure_fullyScored, met, useCases.size());
    }

    static Measure measurable(List<UseCase> useCases) {
        int met = (int) useCases.stream().filter(u -> hasMeasurableKpi(u.getBusinessCase())).count();
        return new Measure(Messages.Measure_measurable, met, useCases.size());
    }

    private static boolean hasMeasurableKpi(BusinessCase businessCase) {
        if (businessCase == null) {
            return false;
        }
        for (Kpi kpi : businessCase.getKpis()) {
            if (kpi.isSetBaseline() && kpi.isSetTarget()) {
                return true;
            }
        }
        return false;
    }
}
