// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.cartograph.scoring.internal.ContributionCheck;

/**
 * The installed criteria, in registration order. Filled by code: by tests and the command
 * line directly, by the {@code .service} bundle from the extension registry. Thread-safe;
 * listeners are called on the thread that changed the registry, after the change.
 * <p>
 * A criterion is validated when added: a blank id, a missing scale, side, direction or
 * contributor, a negative or non-finite default weight, a duplicate id, or a descriptive
 * method that throws, is recorded as a {@link CriterionFailure} and the criterion is not added.
 */
public final class CriterionRegistry {

    /** Told after criteria are added or removed. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param registry the registry that changed
         */
        void criteriaChanged(CriterionRegistry registry);
    }

    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final List<CriterionFailure> failures = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Adds a criterion after validating it.
     *
     * @param criterion the criterion
     * @return {@code true} if added; {@code false} if invalid or its id is taken (recorded as a failure)
     */
    public boolean add(Criterion criterion) {
        synchronized (this) {
            Optional<CriterionFailure> problem = ContributionCheck.check(criterion, criteria);
            if (problem.isPresent()) {
                failures.add(problem.get());
                return false;
            }
            criteria.put(criterion.id(), criterion);
        }
        fireChanged();
        return true;
    }

    /**
     * Adds several criteria, validating each, and tells the listeners once.
     *
     * @param contributed the criteria, in order
     * @return how many were added; the others are recorded as failures
     */
    public int addAll(Collection<? extends Criterion> contributed) {
        int added = 0;
        synchronized (this) {
            for (Criterion criterion : contributed) {
                Optional<CriterionFailure> problem = ContributionCheck.check(criterion, criteria);
                if (problem.isPresent()) {
                    failures.add(problem.get());
                } else {
                    criteria.put(criterion.id(), criterion);
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
     * Removes a criterion. Scores naming it stay in the model and are then reported as unknown.
     *
     * @param id the criterion's id
     * @return the removed criterion, if there was one
     */
    public Optional<Criterion> remove(String id) {
        Criterion removed;
        synchronized (this) {
            removed = criteria.remove(id);
        }
        if (removed != null) {
            fireChanged();
        }
        return Optional.ofNullable(removed);
    }

    /**
     * @param id a criterion id
     * @return the criterion with that id, if installed
     */
    public synchronized Optional<Criterion> find(String id) {
        return Optional.ofNullable(criteria.get(id));
    }

    /** @return an immutable copy of the installed criteria, in registration order */
    public synchronized List<Criterion> criteria() {
        return List.copyOf(criteria.values());
    }

    /**
     * Records a failure found outside the registry, for example a contribution the extension
     * reader could not instantiate.
     *
     * @param failure the failure
     */
    public synchronized void recordFailure(CriterionFailure failure) {
        failures.add(failure);
    }

    /** @return an immutable copy of the recorded failures, oldest first */
    public synchronized List<CriterionFailure> failures() {
        return List.copyOf(failures);
    }

    /** Forgets the recorded failures. */
    public synchronized void clearFailures() {
        failures.clear();
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
            listener.criteriaChanged(this);
        }
    }
}
