// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.WeightedSumStrategy;

/** Scores use cases against a context: gather, complete computed values, finish. */
public final class Evaluation {

    /**
     * The scores of a full run.
     *
     * @param context the context used (with the default strategy if the configured one failed)
     * @param scores every use case's score, in the order given
     * @param strategyFailure the configured strategy's failure, or {@code null}
     */
    public record Outcome(ScoringContext context, UseCaseScore[] scores, StrategyFailure strategyFailure) {
    }

    private Evaluation() {
    }

    /**
     * Scores use cases, falling back to the default strategy for all of them if the
     * context's strategy fails on one.
     *
     * @param context the compiled context
     * @param computed the computed-value evaluator
     * @param useCases the use cases
     * @return the outcome
     */
    public static Outcome scoreAll(ScoringContext context, ComputedValues computed, List<UseCase> useCases) {
        UseCaseEvaluator evaluator = new UseCaseEvaluator(context);
        List<Draft> drafts = new ArrayList<>(useCases.size());
        for (int i = 0, n = useCases.size(); i < n; i++) {
            drafts.add(evaluator.gather(useCases.get(i)));
        }
        computed.complete(context, drafts);
        try {
            return new Outcome(context, finish(evaluator, drafts, context), null);
        } catch (StrategyException e) {
            ScoringContext fallback = context.withStrategy(WeightedSumStrategy.INSTANCE);
            try {
                return new Outcome(fallback, finish(evaluator, drafts, fallback), e.failure());
            } catch (StrategyException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static UseCaseScore[] finish(UseCaseEvaluator evaluator, List<Draft> drafts, ScoringContext context)
            throws StrategyException {
        UseCaseScore[] scores = new UseCaseScore[drafts.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = evaluator.finish(drafts.get(i), context.strategy());
        }
        return scores;
    }

    /**
     * Scores one use case.
     *
     * @param context the compiled context
     * @param computed the computed-value evaluator
     * @param useCase the use case
     * @return its score
     * @throws StrategyException if the context's strategy fails on it
     */
    public static UseCaseScore scoreOne(ScoringContext context, ComputedValues computed, UseCase useCase)
            throws StrategyException {
        UseCaseEvaluator evaluator = new UseCaseEvaluator(context);
        Draft draft = evaluator.gather(useCase);
        computed.complete(context, List.of(draft));
        return evaluator.finish(draft, context.strategy());
    }

    /**
     * Builds a snapshot.
     *
     * @param portfolio the portfolio
     * @param context the context used
     * @param computed the computed-value evaluator (for the criteria it no longer calls)
     * @param all the scores in model order (taken over)
     * @param ranking the ranked scores, best first (taken over)
     * @param strategyFailure the configured strategy's failure, or {@code null}
     * @return the snapshot
     */
    public static ScoringResult result(Portfolio portfolio, ScoringContext context, ComputedValues computed,
            UseCaseScore[] all, UseCaseScore[] ranking, StrategyFailure strategyFailure) {
        List<CriterionFailure> failures = new ArrayList<>(context.failures());
        failures.addAll(computed.retiredFailures());
        return new ScoringResult(portfolio, context.parameters(), context.strategy(), all, ranking, failures,
                Optional.ofNullable(strategyFailure), context.problems());
    }
}
