// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Contributions of one kind, by id, in registration order, with the failures of those that
 * could not be used: what {@link CriterionRegistry}, {@link StrategyRegistry} and the validation
 * rules' registry share. A contribution is checked when added; one refused is recorded as a
 * failure and not added. Thread-safe; listeners are called on the thread that changed the
 * registry, after the change.
 * <p>
 * Extended only by the registries of Cartograph's core; clients use those.
 *
 * @param <T> the kind of contribution
 * @param <F> the failure recorded for a contribution that could not be used
 * @param <L> the listener told after contributions are added or removed
 */
public abstract class ContributionRegistry<T, F, L> {

    private final Map<String, T> contributions = new LinkedHashMap<>();
    private final Map<String, T> installed = Collections.unmodifiableMap(contributions);
    private final List<F> failures = new ArrayList<>();
    private final List<L> listeners = new CopyOnWriteArrayList<>();

    /** Creates an empty registry. */
    protected ContributionRegistry() {
    }

    /**
     * Adds a contribution after checking it.
     *
     * @param contribution the contribution
     * @return {@code true} if added; {@code false} if invalid or its id is taken (recorded as a failure)
     */
    public boolean add(T contribution) {
        synchronized (this) {
            if (!admit(contribution)) {
                return false;
            }
        }
        fireChanged();
        return true;
    }

    /**
     * Adds several contributions, checking each, and tells the listeners once.
     *
     * @param contributed the contributions, in order
     * @return how many were added; the others are recorded as failures
     */
    public int addAll(Collection<? extends T> contributed) {
        int added = 0;
        synchronized (this) {
            for (T contribution : contributed) {
                if (admit(contribution)) {
                    added++;
                }
            }
        }
        if (added > 0) {
            fireChanged();
        }
        return added;
    }

    /**
     * Removes a contribution, unless the registry {@linkplain #isRemovable(String) keeps it}.
     *
     * @param id the contribution's id
     * @return the removed contribution, if there was one
     */
    public Optional<T> remove(String id) {
        T removed = null;
        synchronized (this) {
            if (isRemovable(id)) {
                removed = contributions.remove(id);
            }
        }
        if (removed != null) {
            fireChanged();
        }
        return Optional.ofNullable(removed);
    }

    /**
     * @param id a contribution's id
     * @return the contribution with that id, if installed
     */
    public synchronized Optional<T> find(String id) {
        return Optional.ofNullable(contributions.get(id));
    }

    /**
     * Records a failure found outside the registry, for example a contribution the extension
     * reader could not instantiate, or one that threw while used.
     *
     * @param failure the failure
     */
    public synchronized void recordFailure(F failure) {
        failures.add(failure);
    }

    /** @return an immutable copy of the recorded failures, oldest first */
    public synchronized List<F> failures() {
        return List.copyOf(failures);
    }

    /** Forgets the recorded failures. */
    public synchronized void clearFailures() {
        failures.clear();
    }

    /**
     * @param listener told after each change
     */
    public void addListener(L listener) {
        listeners.add(listener);
    }

    /**
     * @param listener a listener previously added
     */
    public void removeListener(L listener) {
        listeners.remove(listener);
    }

    /** @return an immutable copy of the installed contributions, in registration order */
    protected synchronized List<T> contributions() {
        return List.copyOf(contributions.values());
    }

    /**
     * Installs a contribution without checking it and without telling the listeners: for the
     * contributions a registry holds from its creation.
     *
     * @param id the contribution's id
     * @param contribution the contribution
     */
    protected final synchronized void install(String id, T contribution) {
        contributions.put(id, contribution);
    }

    /**
     * Checks a contribution before it is added.
     *
     * @param contribution the contribution, possibly {@code null}
     * @param installed the contributions already installed, by id (read-only)
     * @return the reason to refuse it, if any
     */
    protected abstract Optional<F> check(T contribution, Map<String, T> installed);

    /**
     * @param contribution a contribution {@linkplain #check(Object, Map) accepted}
     * @return its id
     */
    protected abstract String idOf(T contribution);

    /**
     * @param id the id of a contribution to remove
     * @return whether it may be removed; by default, yes
     */
    protected boolean isRemovable(String id) {
        return true;
    }

    /**
     * Tells one listener that the registry changed.
     *
     * @param listener the listener
     */
    protected abstract void tell(L listener);

    /** Checks a contribution and installs it or records why not; the caller holds the lock. */
    private boolean admit(T contribution) {
        Optional<F> problem = check(contribution, installed);
        if (problem.isPresent()) {
            failures.add(problem.get());
            return false;
        }
        contributions.put(idOf(contribution), contribution);
        return true;
    }

    private void fireChanged() {
        for (L listener : listeners) {
            tell(listener);
        }
    }
}
