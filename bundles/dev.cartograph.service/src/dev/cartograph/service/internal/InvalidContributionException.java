// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

/** Thrown by the readers when an element breaks the extension point's schema. */
final class InvalidContributionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String id;

    /**
     * @param id the contribution's id as far as it could be read, possibly empty
     * @param message the localised reason
     */
    InvalidContributionException(String id, String message) {
        super(message);
        this.id = id;
    }

    /** @return the contribution's id, possibly empty */
    String id() {
        return id;
    }
}
