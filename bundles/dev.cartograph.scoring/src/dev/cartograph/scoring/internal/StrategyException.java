// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.StrategyFailure;

/** Thrown when a contributed strategy fails, so that the run falls back to the default strategy. */
public final class StrategyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient StrategyFailure failure;

    StrategyException(ScoringStrategy strategy, String message) {
        super(message);
        failure = new StrategyFailure(strategy.id(), contributor(strategy), message);
    }

    private static String contributor(ScoringStrategy strategy) {
        try {
            return String.valueOf(strategy.contributor());
        } catch (RuntimeException e) {
            return ""; //$NON-NLS-1$
        }
    }

    /** @return the failure to report */
    public StrategyFailure failure() {
        return failure;
    }
}
