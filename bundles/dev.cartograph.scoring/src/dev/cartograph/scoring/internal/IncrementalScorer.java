// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.internal.Ranking.Entry;

/**
 * Keeps a portfolio's per-use-case scores and its ranking, re-scoring one use case at a time
 * when only that use case changed. Not thread-safe: the session serialises calls.
 */
public final class IncrementalScorer {

    private final Portfolio portfolio;
    private final CriterionRegistry criteria;
    private final StrategyRegistry strategies;
    private final ComputedValues computed;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<UseCase, Entry> byUseCase = new IdentityHashMap<>();
    private final Ranking ranking = new Ranking();
    private ScoringContext context;
    private StrategyFailure strategyFailure;

    /**
     * @param portfolio the portfolio
     * @param criteria the installed criteria
     * @param strategies the installed strategies
     * @param computed the computed-value evaluator
     */
    public IncrementalScorer(Portfolio portfolio, CriterionRegistry criteria, StrategyRegistry strategies,
            ComputedValues computed) {
        this.portfolio = portfolio;
        this.criteria = criteria;
        this.strategies = strategies;
        this.computed = computed;
    }

    /** Recompiles the configuration and re-scores every use case. */
    public void recomputeAll() {
        ScoringContext compiled = ScoringContext.compile(portfolio, criteria, strategies);
        List<UseCase> useCases = portfolio.getUseCases();
        Evaluation.Outcome outcome = Evaluation.scoreAll(compiled, computed, useCases);
        context = outcome.context();
        strategyFailure = outcome.strategyFailure();
        entries.clear();
        byUseCase.clear();
        UseCaseScore[] scores = outcome.scores();
        for (int i = 0; i < scores.length; i++) {
            Entry entry = new Entry(useCases.get(i), i, scores[i]);
            entries.add(entry);
            byUseCase.put(entry.useCase, entry);
        }
        ranking.rebuild(entries);
    }

    /**
     * Re-scores one use case and moves it in the ranking.
     *
     * @param useCase a use case of the portfolio
     * @return whether its score changed
     */
    public boolean rescore(UseCase useCase) {
        Entry entry = byUseCase.get(useCase);
        if (entry == null) {
            return false;
        }
        UseCaseScore fresh = scoreOne(useCase);
        if (fresh == null) {
            return true;
        }
        if (fresh.equals(entry.score)) {
            return false;
        }
        if (entry.score.isRanked()) {
            ranking.remove(entry);
        }
        entry.score = fresh;
        if (fresh.isRanked()) {
            ranking.insert(entry);
        }
        return true;
    }

    /**
     * Takes in a use case added to the portfolio.
     *
     * @param useCase the new use case
     * @param index its index in the portfolio's use cases
     */
    public void added(UseCase useCase, int index) {
        if (byUseCase.containsKey(useCase) || index < 0 || index > entries.size()) {
            recomputeAll();
            return;
        }
        UseCaseScore score = scoreOne(useCase);
        if (score == null) {
            return;
        }
        for (int i = index; i < entries.size(); i++) {
            entries.get(i).position++;
        }
        Entry entry = new Entry(useCase, index, score);
        entries.add(index, entry);
        byUseCase.put(useCase, entry);
        if (score.isRanked()) {
            ranking.insert(entry);
        }
    }

    /**
     * Forgets a use case removed from the portfolio.
     *
     * @param useCase the removed use case
     * @param index the index it had
     */
    public void removed(UseCase useCase, int index) {
        Entry entry = byUseCase.get(useCase);
        if (entry == null || index < 0 || index >= entries.size() || entries.get(index) != entry) {
            recomputeAll();
            return;
        }
        if (entry.score.isRanked()) {
            ranking.remove(entry);
        }
        entries.remove(index);
        byUseCase.remove(useCase);
        for (int i = index; i < entries.size(); i++) {
            entries.get(i).position--;
        }
    }

    /** @return the current snapshot */
    public ScoringResult snapshot() {
        UseCaseScore[] all = new UseCaseScore[entries.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = entries.get(i).score;
        }
        return Evaluation.result(portfolio, context, computed, all, ranking.scores(), strategyFailure);
    }

    /**
     * @return the score, or {@code null} if the strategy failed on it: everything was then
     *         re-scored, with the default strategy if the configured one fails again
     */
    private UseCaseScore scoreOne(UseCase useCase) {
        try {
            return Evaluation.scoreOne(context, computed, useCase);
        } catch (StrategyException e) {
            recomputeAll();
            return null;
        }
    }
}
