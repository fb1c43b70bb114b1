// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cartograph.scoring.internal.ContributionCheck;

/**
 * The installed criteria, in registration order. Filled by code: by tests and the command
 * line directly, by the {@code .service} bundle from the extension registry. Thread-safe;
 * listeners are called on the thread that changed the registry, after the change.
 * <p>
 * A criterion is validated when added: a blank id, a missing scale, side, direction or
 * contributor, a negative or non-finite default weight, a duplicate id, or a descriptive
 * method that throws, is recorded as a {@link CriterionFailure} and the criterion is not added.
 * A criterion removed leaves the scores naming it in the model, then reported as unknown.
 */
public final class CriterionRegistry
        extends ContributionRegistry<Criterion, CriterionFailure, CriterionRegistry.Listener> {

    /** Told after criteria are added or removed. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param registry the registry that changed
         */
        void criteriaChanged(CriterionRegistry registry);
    }

    /** Creates an empty registry. */
    public CriterionRegistry() {
    }

    /** @return an immutable copy of the installed criteria, in registration order */
    public List<Criterion> criteria() {
        return contributions();
    }

    @Override
    protected Optional<CriterionFailure> check(Criterion criterion, Map<String, Criterion> installed) {
        return ContributionCheck.check(criterion, installed);
    }

    @Override
    protected String idOf(Criterion criterion) {
        return criterion.id();
    }

    @Override
    protected void tell(Listener listener) {
        listener.criteriaChanged(this);
    }
}
