// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.function.Supplier;

import dev.cartograph.service.ScoringServices;

/** Holds the shared {@link ScoringServices} from its first use until this bundle stops. */
public final class DefaultServices {

    private static ScoringServices instance;

    private DefaultServices() {
    }

    /**
     * @param opener opens the services the first time
     * @return the shared services
     */
    public static synchronized ScoringServices get(Supplier<ScoringServices> opener) {
        if (instance == null) {
            instance = opener.get();
        }
        return instance;
    }

    /** Stops the shared services following the extension registry, if they were opened. */
    static synchronized void dispose() {
        if (instance != null) {
            instance.dispose();
            instance = null;
        }
    }
}
