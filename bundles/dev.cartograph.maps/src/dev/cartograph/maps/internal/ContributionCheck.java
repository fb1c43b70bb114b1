// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.cartograph.maps.MapFailure;

/** Checks a map or layer before it enters its registry: its id must be present and free. */
public final class ContributionCheck {

    private ContributionCheck() {
    }

    /**
     * @param <T> map or layer
     * @param id the contribution's id
     * @param contributor its bundle
     * @param installed those already installed, by id
     * @param contributorOf gives an installed one's bundle
     * @return the reason to refuse it, if any
     */
    public static <T> Optional<MapFailure> check(String id, String contributor, Map<String, T> installed,
            Function<T, String> contributorOf) {
        if (id == null || id.isBlank()) {
            return Optional.of(new MapFailure("", contributor, Messages.get("Registry_blankId"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        T existing = installed.get(id);
        if (existing != null) {
            return Optional.of(new MapFailure(id, contributor,
                    Messages.get("Registry_duplicate", id, contributorOf.apply(existing)))); //$NON-NLS-1$
        }
        return Optional.empty();
    }
}
