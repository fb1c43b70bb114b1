// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.Locale;

import dev.cartograph.scoring.internal.Messages;

/** Whether a higher value on a criterion is better or worse. */
public enum Direction {
    /** Higher is better (for example strategic value). */
    BENEFIT("Direction_benefit"), //$NON-NLS-1$
    /** Higher is worse (for example technical complexity or compliance risk): inverted when normalised. */
    COST("Direction_cost"); //$NON-NLS-1$

    private final String key;

    Direction(String key) {
        this.key = key;
    }

    /**
     * Orients a value already normalised to 0-100 so that higher is always better.
     *
     * @param normalised a value between 0 and 100
     * @return the value itself for a benefit, 100 minus the value for a cost
     */
    public double orient(double normalised) {
        return this == COST ? 100.0 - normalised : normalised;
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
