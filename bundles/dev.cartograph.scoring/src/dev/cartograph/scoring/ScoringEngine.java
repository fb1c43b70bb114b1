// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.time.Duration;
import java.util.Objects;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.internal.ComputedValues;
import dev.cartograph.scoring.internal.Evaluation;
import dev.cartograph.scoring.internal.RankOrder;
import dev.cartograph.scoring.internal.ScoringContext;

/**
 * Scores portfolios against the installed criteria and strategies. Reads the model, never
 * changes it. Thread-safe as long as the model is not changed during a call.
 * <p>
 * The engine keeps one piece of state: a computed criterion whose call exceeds the
 * {@linkplain #computeBudget() budget} is abandoned and never called again by this engine
 * (re-register it, as a new instance, to try again); every later result reports it.
 */
public final class ScoringEngine {

    /** The default budget of one {@link Criterion#computeValue} call. */
    public static final Duration DEFAULT_COMPUTE_BUDGET = Duration.ofMillis(250);

    private final CriterionRegistry criteria;
    private final StrategyRegistry strategies;
    private final ComputedValues computed;
    private final Duration computeBudget;

    /**
     * Creates an engine with the default compute budget.
     *
     * @param criteria the installed criteria
     * @param strategies the installed strategies
     */
    public ScoringEngine(CriterionRegistry criteria, StrategyRegistry strategies) {
        this(criteria, strategies, DEFAULT_COMPUTE_BUDGET);
    }

    /**
     * @param criteria the installed criteria
     * @param strategies the installed strategies
     * @param computeBudget the longest a single computed-value call may take
     */
    public ScoringEngine(CriterionRegistry criteria, StrategyRegistry strategies, Duration computeBudget) {
        this.criteria = Objects.requireNonNull(criteria);
        this.strategies = Objects.requireNonNull(strategies);
        this.computeBudget = Objects.requireNonNull(computeBudget);
        this.computed = new ComputedValues(computeBudget);
    }

    /** @return the installed criteria */
    public CriterionRegistry criteria() {
        return criteria;
    }

    /** @return the installed strategies */
    public StrategyRegistry strategies() {
        return strategies;
    }

    /** @return the budget of one computed-value call */
    public Duration computeBudget() {
        return computeBudget;
    }

    /**
     * Scores every use case of a portfolio and ranks them.
     *
     * @param portfolio the portfolio (its scoring configuration may be absent: defaults apply)
     * @return the snapshot
     */
    public ScoringResult score(Portfolio portfolio) {
        return score(ScoringContext.compile(portfolio, criteria, strategies), portfolio);
    }

    /**
     * Scores every use case of a portfolio and ranks them, ranking on partial scores or
     * strictly whatever the portfolio's configuration says (as {@code --partial} does on the
     * command line).
     *
     * @param portfolio the portfolio
     * @param partialRanking whether a use case scored on some criteria only is ranked on those
     *        it has (the portfolio's minimum coverage applies)
     * @return the snapshot
     */
    public ScoringResult score(Portfolio portfolio, boolean partialRanking) {
        return score(ScoringContext.compile(portfolio, criteria, strategies).withPartialRanking(partialRanking),
                portfolio);
    }

    private ScoringResult score(ScoringContext context, Portfolio portfolio) {
        Evaluation.Outcome outcome = Evaluation.scoreAll(context, computed, portfolio.getUseCases());
        UseCaseScore[] all = outcome.scores();
        return Evaluation.result(portfolio, outcome.context(), computed, all, RankOrder.rank(all),
                outcome.strategyFailure());
    }

    /**
     * Scores a portfolio and keeps its scores up to date as it changes.
     *
     * @param portfolio the portfolio
     * @return the session, attached; {@link ScoringSession#dispose()} it when done
     */
    public ScoringSession attach(Portfolio portfolio) {
        return new ScoringSession(this, portfolio);
    }

    /** @return the shared computed-value evaluator, for sessions */
    ComputedValues computedValues() {
        return computed;
    }
}
