// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.cartograph.scoring.internal.Failures;
import dev.cartograph.scoring.internal.Messages;

/**
 * The installed scoring strategies, in registration order. It always holds
 * {@link WeightedSumStrategy}, which cannot be removed. Thread-safe; listeners are called on
 * the thread that changed the registry, after the change.
 */
public final class StrategyRegistry {

    /** Told after strategies are added or removed. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param registry the registry that changed
         */
        void strategiesChanged(StrategyRegistry registry);
    }

    private final Map<String, ScoringStrategy> strategies = new LinkedHashMap<>();
    private final List<StrategyFailure> failures = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Creates a registry holding the default strategy. */
    public StrategyRegistry() {
        strategies.put(WeightedSumStrategy.ID, WeightedSumStrategy.INSTANCE);
    }

    /**
     * Adds a strategy.
     *
     * @param strategy the strategy
     * @return {@code true} if added; {@code false} if its id is blank or taken, or it throws
     *         when asked its id (recorded as a failure)
     */
    public boolean add(ScoringStrategy strategy) {
        synchronized (this) {
            String id = ""; //$NON-NLS-1$
            String contributor = ""; //$NON-NLS-1$
            try {
                contributor = String.valueOf(strategy.contributor());
                id = strategy.id();
            } catch (RuntimeException | LinkageError e) {
                failures.add(new StrategyFailure(id, contributor,
                        Messages.get("Registry_strategyThrew", id, Failures.describe(e)))); //$NON-NLS-1$
                return false;
            }
            if (id == null || id.isBlank()) {
                failures.add(new StrategyFailure("", contributor, Messages.get("Registry_blankId"))); //$NON-NLS-1$ //$NON-NLS-2$
                return false;
            }
            ScoringStrategy existing = strategies.get(id);
            if (existing != null) {
                failures.add(new StrategyFailure(id, contributor,
                        Messages.get("Registry_duplicate", id, existing.contributor()))); //$NON-NLS-1$
                return false;
            }
            strategies.put(id, strategy);
        }
        fireChanged();
        return true;
    }

    /**
     * Removes a strategy; the default strategy stays.
     *
     * @param id the strategy's id
     * @return the removed strategy, if there was one
     */
    public Optional<ScoringStrategy> remove(String id) {
        ScoringStrategy removed = null;
        synchronized (this) {
            if (!WeightedSumStrategy.ID.equals(id)) {
                removed = strategies.remove(id);
            }
        }
        if (removed != null) {
            fireChanged();
        }
        return Optional.ofNullable(removed);
    }

    /**
     * @param id a strategy id
     * @return the strategy with that id, if installed
     */
    public synchronized Optional<ScoringStrategy> find(String id) {
        return Optional.ofNullable(strategies.get(id));
    }

    /** @return an immutable copy of the installed strategies, the default first */
    public synchronized List<ScoringStrategy> strategies() {
        return List.copyOf(strategies.values());
    }

    /**
     * @param failure a failure found outside the registry (for example by the extension reader)
     */
    public synchronized void recordFailure(StrategyFailure failure) {
        failures.add(failure);
    }

    /** @return an immutable copy of the recorded failures, oldest first */
    public synchronized List<StrategyFailure> failures() {
        return List.copyOf(failures);
    }

    /**
     * @param listener told after each change
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

    private void fireChanged() {
        for (Listener listener : listeners) {
            listener.strategiesChanged(this);
        }
    }
}
