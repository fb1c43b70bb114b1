// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cartograph.scoring.internal.StrategyCheck;

/**
 * The installed scoring strategies, in registration order. It always holds
 * {@link WeightedSumStrategy}, which cannot be removed. Thread-safe; listeners are called on
 * the thread that changed the registry, after the change.
 * <p>
 * A strategy whose id is blank or taken, or that throws when asked its id or contributor, is
 * recorded as a {@link StrategyFailure} and not added.
 */
public final class StrategyRegistry
        extends ContributionRegistry<ScoringStrategy, StrategyFailure, StrategyRegistry.Listener> {

    /** Told after strategies are added or removed. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param registry the registry that changed
         */
        void strategiesChanged(StrategyRegistry registry);
    }

    /** Creates a registry holding the default strategy. */
    public StrategyRegistry() {
        install(WeightedSumStrategy.ID, WeightedSumStrategy.INSTANCE);
    }

    /** @return an immutable copy of the installed strategies, the default first */
    public List<ScoringStrategy> strategies() {
        return contributions();
    }

    @Override
    protected Optional<StrategyFailure> check(ScoringStrategy strategy, Map<String, ScoringStrategy> installed) {
        return StrategyCheck.check(strategy, installed);
    }

    @Override
    protected String idOf(ScoringStrategy strategy) {
        return strategy.id();
    }

    /** The default strategy stays. */
    @Override
    protected boolean isRemovable(String id) {
        return !WeightedSumStrategy.ID.equals(id);
    }

    @Override
    protected void tell(Listener listener) {
        listener.strategiesChanged(this);
    }
}
