// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

/**
 * Tells the scoring engine that contributed code could not be run: its class could not be
 * created, or it threw a checked exception. The engine reports the message with the
 * contributor's name.
 */
public final class ContributionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the localised explanation
     * @param cause what went wrong, possibly {@code null}
     */
    public ContributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
