// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.Locale;

import dev.cartograph.scoring.internal.Messages;

/**
 * Whether a use case takes part in the ranking and, if not, why. When several apply, the first
 * in declaration order wins: a rejected use case is reported as rejected even if a gate also
 * applies, a blocked one as blocked even if it also misses criteria.
 */
public enum Standing {
    /** Status rejected: excluded from the ranking. */
    REJECTED("Standing_rejected"), //$NON-NLS-1$
    /** An enabled gate with effect block applies. */
    BLOCKED("Standing_blocked"), //$NON-NLS-1$
    /** An enabled gate with effect notReady applies (and no blocking gate). */
    NOT_READY("Standing_notReady"), //$NON-NLS-1$
    /**
     * At least one enabled criterion has neither a valid score nor a computed value and the
     * portfolio ranks strictly; with partial ranking, fewer criteria than the minimum coverage
     * have a value, or none on one side.
     */
    INCOMPLETE("Standing_incomplete"), //$NON-NLS-1$
    /**
     * Complete (or, with partial ranking, scored on enough criteria: see
     * {@link UseCaseScore#isPartial()}), not gated, not rejected: ranked.
     */
    RANKED("Standing_ranked"); //$NON-NLS-1$

    private final String key;

    Standing(String key) {
        this.key = key;
    }

    /** @return {@code true} for {@link #BLOCKED} and {@link #NOT_READY} */
    public boolean isGated() {
        return this == BLOCKED || this == NOT_READY;
    }

    /** @return the localised name, in the default locale */
    public String label() {
        return Messages.get(key);
    }

    /**
     * @param locale the locale
     * @return the localised name
     */
    public String label(Locale locale) {
        return Messages.format(locale, key);
    }
}
