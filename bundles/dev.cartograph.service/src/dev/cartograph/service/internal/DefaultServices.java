// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.function.Supplier;

import dev.cartograph.service.ScoringServices;
import dev.cartograph.service.ValidationServices;

/**
 * Holds the shared {@link ScoringServices} and {@link ValidationServices}, each from its first
 * use until this bundle stops.
 */
public final class DefaultServices {

    private static ScoringServices scoring;
    private static ValidationServices validation;

    private DefaultServices() {
    }

    /**
     * @param opener opens the services the first time
     * @return the shared scoring services
     */
    public static synchronized ScoringServices get(Supplier<ScoringServices> opener) {
        if (scoring == null) {
            scoring = opener.get();
        }
        return scoring;
    }

    /**
     * @param opener opens the services the first time (it may open the shared scoring services)
     * @return the shared validation services
     */
    public static synchronized ValidationServices validation(Supplier<ValidationServices> opener) {
        if (validation == null) {
            validation = opener.get();
        }
        return validation;
    }

    /** Stops the shared services following the extension registry, if they were opened. */
    static synchronized void dispose() {
        if (validation != null) {
            validation.dispose();
            validation = null;
        }
        if (scoring != null) {
            scoring.dispose();
            scoring = null;
        }
    }
}
