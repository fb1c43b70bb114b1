// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.Map;
import java.util.Optional;

import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.internal.text.Failures;

/** Checks a scoring strategy before it enters the registry. */
public final class StrategyCheck {

    private StrategyCheck() {
    }

    /**
     * @param strategy the contributed strategy
     * @param installed the strategies already installed, by id
     * @return the reason to refuse it, if any: a blank or taken id, or a throw when asked its id
     */
    public static Optional<StrategyFailure> check(ScoringStrategy strategy, Map<String, ScoringStrategy> installed) {
        String id = ""; //$NON-NLS-1$
        String contributor = ""; //$NON-NLS-1$
        try {
            contributor = String.valueOf(strategy.contributor());
            id = strategy.id();
        } catch (RuntimeException | LinkageError e) {
            return fail(id, contributor, Messages.get("Registry_strategyThrew", id, Failures.describe(e))); //$NON-NLS-1$
        }
        if (id == null || id.isBlank()) {
            return fail("", contributor, Messages.get("Registry_blankId")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ScoringStrategy existing = installed.get(id);
        if (existing != null) {
            return fail(id, contributor, Messages.get("Registry_duplicate", id, existing.contributor())); //$NON-NLS-1$
        }
        return Optional.empty();
    }

    private static Optional<StrategyFailure> fail(String id, String contributor, String message) {
        return Optional.of(new StrategyFailure(id, contributor, message));
    }
}
