// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;

/**
 * An immutable snapshot of a portfolio's scoring: every use case's scores, the ranking, the
 * use cases left out of it and why, the unknown criterion ids and the failures. Produced by
 * {@link ScoringEngine#score(Portfolio)} and by a {@link ScoringSession} after each change.
 * Derived views are computed on first use.
 */
public final class ScoringResult {

    private final Portfolio portfolio;
    private final ScoringParameters parameters;
    private final ScoringStrategy strategy;
    private final List<UseCaseScore> all;
    private final List<UseCaseScore> ranking;
    private final List<CriterionFailure> criterionFailures;
    private final Optional<StrategyFailure> strategyFailure;
    private final List<String> problems;
    private volatile Map<UseCase, Integer> ranks;
    private volatile Map<UseCase, UseCaseScore> byUseCase;
    private volatile List<UnknownCriterion> unknown;
    private volatile List<CriterionFailure> failures;

    /**
     * Creates a snapshot; called by the engine. The arrays are taken over, not copied.
     *
     * @param portfolio the scored portfolio
     * @param parameters the configuration applied
     * @param strategy the strategy used
     * @param all every use case's score, in model order
     * @param ranking the ranked use cases, best first
     * @param criterionFailures failures not tied to one use case (criteria no longer called)
     * @param strategyFailure the configured strategy's failure, when the default replaced it
     * @param problems localised configuration problems (unknown strategy, gate on an unknown
     *        criterion, invalid weight, ...)
     */
    public ScoringResult(Portfolio portfolio, ScoringParameters parameters, ScoringStrategy strategy,
            UseCaseScore[] all, UseCaseScore[] ranking, List<CriterionFailure> criterionFailures,
            Optional<StrategyFailure> strategyFailure, List<String> problems) {
        this.portfolio = portfolio;
        this.parameters = parameters;
        this.strategy = strategy;
        this.all = Collections.unmodifiableList(Arrays.asList(all));
        this.ranking = Collections.unmodifiableList(Arrays.asList(ranking));
        this.criterionFailures = List.copyOf(criterionFailures);
        this.strategyFailure = strategyFailure;
        this.problems = List.copyOf(problems);
    }

    /** @return the scored portfolio */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** @return the configuration applied, with defaults filled in */
    public ScoringParameters parameters() {
        return parameters;
    }

    /** @return the strategy used */
    public ScoringStrategy strategy() {
        return strategy;
    }

    /** @return every use case's score, in model order */
    public List<UseCaseScore> all() {
        return all;
    }

    /**
     * @return the ranked use cases, best first, tied ones by name; see {@link #rankOf} for their
     *         ranks, which tied use cases share
     */
    public List<UseCaseScore> ranking() {
        return ranking;
    }

    /**
     * @param standing a standing
     * @return the use cases with that standing, in model order (for {@link Standing#RANKED},
     *         use {@link #ranking()} for rank order)
     */
    public List<UseCaseScore> withStanding(Standing standing) {
        return all.stream().filter(s -> s.standing() == standing).toList();
    }

    /**
     * @param useCase a use case
     * @return its rank from 1, or 0 if it is not ranked. Use cases with the same overall score
     *         share a rank (standard competition ranking: two tied first are both 1, the next
     *         is 3), whatever their names
     */
    public int rankOf(UseCase useCase) {
        return ranks().getOrDefault(useCase, 0);
    }

    /**
     * @param useCase a use case
     * @return whether it is ranked and shares its rank with another use case
     */
    public boolean isTied(UseCase useCase) {
        int rank = rankOf(useCase);
        if (rank == 0) {
            return false;
        }
        int index = rank - 1;
        return index + 1 < ranking.size() && ranking.get(index + 1).overall() == ranking.get(index).overall();
    }

    /**
     * @param useCase a use case
     * @return its rank as shown to the user: {@code "3"}, {@code "=1"} when tied, {@code ""} when
     *         not ranked
     */
    public String rankLabel(UseCase useCase) {
        int rank = rankOf(useCase);
        return rank == 0 ? "" : (isTied(useCase) ? "=" : "") + rank; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Map<UseCase, Integer> ranks() {
        Map<UseCase, Integer> map = ranks;
        if (map == null) {
            map = new IdentityHashMap<>(ranking.size() * 2);
            int rank = 0;
            for (int i = 0; i < ranking.size(); i++) {
                if (i == 0 || ranking.get(i).overall() != ranking.get(i - 1).overall()) {
                    rank = i + 1;
                }
                map.put(ranking.get(i).useCase(), rank);
            }
            ranks = map;
        }
        return map;
    }

    /**
     * @param useCase a use case of the portfolio
     * @return its score, if it was in the portfolio when scored
     */
    public Optional<UseCaseScore> find(UseCase useCase) {
        Map<UseCase, UseCaseScore> map = byUseCase;
        if (map == null) {
            map = new IdentityHashMap<>(all.size() * 2);
            for (UseCaseScore score : all) {
                map.put(score.useCase(), score);
            }
            byUseCase = map;
        }
        return Optional.ofNullable(map.get(useCase));
    }

    /** @return the criterion ids that scores name but no installed criterion provides, in order of first use */
    public List<UnknownCriterion> unknownCriteria() {
        List<UnknownCriterion> list = unknown;
        if (list == null) {
            Map<String, List<UseCaseScore>> byId = new LinkedHashMap<>();
            for (UseCaseScore score : all) {
                for (String id : score.unknownCriterionIds()) {
                    byId.computeIfAbsent(id, k -> new ArrayList<>()).add(score);
                }
            }
            list = byId.entrySet().stream().map(e -> new UnknownCriterion(e.getKey(), e.getValue())).toList();
            unknown = list;
        }
        return list;
    }

    /**
     * @return one failure per failing criterion: the criteria no longer called (time-outs)
     *         first, then the first failure of each other criterion in model order; each names
     *         the contributor. Every failure of a use case is in {@link UseCaseScore#failures()}.
     */
    public List<CriterionFailure> failures() {
        List<CriterionFailure> list = failures;
        if (list == null) {
            Map<String, CriterionFailure> first = new LinkedHashMap<>();
            for (CriterionFailure failure : criterionFailures) {
                first.putIfAbsent(failure.criterionId(), failure);
            }
            for (UseCaseScore score : all) {
                for (CriterionFailure failure : score.failures()) {
                    first.putIfAbsent(failure.criterionId(), failure);
                }
            }
            list = List.copyOf(first.values());
            failures = list;
        }
        return list;
    }

    /** @return the configured strategy's failure, when the default strategy replaced it */
    public Optional<StrategyFailure> strategyFailure() {
        return strategyFailure;
    }

    /** @return localised configuration problems, possibly empty */
    public List<String> problems() {
        return problems;
    }
}
