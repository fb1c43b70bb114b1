// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.Map;
import java.util.Optional;

import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.internal.text.Failures;

/** Validates a criterion before it enters the registry. */
public final class ContributionCheck {

    private ContributionCheck() {
    }

    /**
     * @param criterion the contributed criterion
     * @param installed the criteria already installed, by id
     * @return the reason to refuse it, if any
     */
    public static Optional<CriterionFailure> check(Criterion criterion, Map<String, Criterion> installed) {
        if (criterion == null) {
            return Optional.of(new CriterionFailure("", "", Messages.get("Registry_null"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String id = ""; //$NON-NLS-1$
        String contributor = ""; //$NON-NLS-1$
        try {
            contributor = String.valueOf(criterion.contributor());
            id = criterion.id();
            if (id == null || id.isBlank()) {
                return fail("", contributor, Messages.get("Registry_blankId")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Optional<String> problem = describeProblem(criterion);
            if (problem.isPresent()) {
                return fail(id, contributor, problem.get());
            }
        } catch (RuntimeException | LinkageError e) {
            return fail(id, contributor, Messages.get("Registry_threw", id, Failures.describe(e))); //$NON-NLS-1$
        }
        Criterion existing = installed.get(id);
        if (existing != null) {
            return fail(id, contributor, Messages.get("Registry_duplicate", id, existing.contributor())); //$NON-NLS-1$
        }
        return Optional.empty();
    }

    private static Optional<String> describeProblem(Criterion criterion) {
        String id = criterion.id();
        if (criterion.contributor() == null || criterion.label() == null) {
            return Optional.of(Messages.get("Registry_missingText", id)); //$NON-NLS-1$
        }
        if (criterion.scale() == null || criterion.side() == null || criterion.direction() == null) {
            return Optional.of(Messages.get("Registry_missingScale", id)); //$NON-NLS-1$
        }
        double weight = criterion.defaultWeight();
        if (!Double.isFinite(weight) || weight < 0) {
            return Optional.of(Messages.get("Registry_badWeight", id, String.valueOf(weight))); //$NON-NLS-1$
        }
        return Optional.empty();
    }

    private static Optional<CriterionFailure> fail(String id, String contributor, String message) {
        return Optional.of(new CriterionFailure(id, contributor, message));
    }
}
