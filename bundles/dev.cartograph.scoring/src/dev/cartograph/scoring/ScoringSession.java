// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.internal.IncrementalScorer;
import dev.cartograph.scoring.internal.ModelWatcher;

/**
 * Keeps a portfolio's scoring up to date as the model changes, and hands listeners an
 * immutable {@link ScoringResult} after each change that alters it. Created by
 * {@link ScoringEngine#attach(Portfolio)}.
 * <p>
 * A change to one use case (a score's value, confidence or criterion id; a score added or
 * removed; its name, status, scope or business case; the use case added to or removed from
 * the portfolio) re-scores that use case only and moves it in the ranking. A change to the
 * scoring configuration (weights, enabled criteria, thresholds, gates, aggregation, strategy)
 * or to the installed criteria or strategies re-scores everything. Changes the session cannot
 * see (a computed criterion that reads a workflow, for example) can be pushed with
 * {@link #rescore(UseCase)} or {@link #recompute()}.
 * <p>
 * The session reacts on the thread that changes the model or a registry, and serialises its
 * work; the model must not be changed by two threads at once.
 */
public final class ScoringSession {

    /** Told after each change of the scoring. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param result the new snapshot
         */
        void scoringChanged(ScoringResult result);
    }

    private final ScoringEngine engine;
    private final Portfolio portfolio;
    private final IncrementalScorer scorer;
    private final ModelWatcher watcher;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CriterionRegistry.Listener criteriaListener = r -> recompute();
    private final StrategyRegistry.Listener strategiesListener = r -> recompute();
    private volatile ScoringResult current;
    private boolean disposed;

    ScoringSession(ScoringEngine engine, Portfolio portfolio) {
        this.engine = engine;
        this.portfolio = portfolio;
        scorer = new IncrementalScorer(portfolio, engine.criteria(), engine.strategies(), engine.computedValues());
        watcher = new ModelWatcher(portfolio, new ModelWatcher.Handler() {
            @Override
            public void useCaseChanged(UseCase useCase) {
                rescore(useCase);
            }

            @Override
            public void useCaseAdded(UseCase useCase, int index) {
                change(() -> scorer.added(useCase, index));
            }

            @Override
            public void useCaseRemoved(UseCase useCase, int index) {
                change(() -> scorer.removed(useCase, index));
            }

            @Override
            public void everythingChanged() {
                recompute();
            }
        });
        synchronized (this) {
            scorer.recomputeAll();
            current = scorer.snapshot();
            watcher.attach();
        }
        engine.criteria().addListener(criteriaListener);
        engine.strategies().addListener(strategiesListener);
    }

    /** @return the portfolio */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** @return the engine */
    public ScoringEngine engine() {
        return engine;
    }

    /** @return the latest snapshot */
    public ScoringResult current() {
        return current;
    }

    /**
     * @param listener told after each change, on the thread that made it
     */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * @param listener a listener previously added
     */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Re-scores everything and tells the listeners. */
    public void recompute() {
        change(scorer::recomputeAll);
    }

    /**
     * Re-scores one use case; tells the listeners if its score changed.
     *
     * @param useCase a use case of the portfolio
     */
    public void rescore(UseCase useCase) {
        ScoringResult result;
        synchronized (this) {
            if (disposed || !scorer.rescore(useCase)) {
                return;
            }
            result = scorer.snapshot();
            current = result;
        }
        fire(result);
    }

    /** Stops watching the model and the registries. The last snapshot stays available. */
    public void dispose() {
        synchronized (this) {
            if (disposed) {
                return;
            }
            disposed = true;
            watcher.detach();
        }
        engine.criteria().removeListener(criteriaListener);
        engine.strategies().removeListener(strategiesListener);
        listeners.clear();
    }

    private void change(Runnable work) {
        ScoringResult result;
        synchronized (this) {
            if (disposed) {
                return;
            }
            work.run();
            result = scorer.snapshot();
            current = result;
        }
        fire(result);
    }

    private void fire(ScoringResult result) {
        RuntimeException first = null;
        for (Listener listener : listeners) {
            try {
                listener.scoringChanged(result);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
