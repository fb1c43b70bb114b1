// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.Locale;

import dev.cartograph.scoring.internal.Messages;

/** Where a use case's value on a criterion comes from. */
public enum ValueSource {
    /** Aggregated from the assessors' scores. */
    ASSESSED("ValueSource_assessed"), //$NON-NLS-1$
    /** Computed by the criterion from the model, because no assessor scored it. */
    COMPUTED("ValueSource_computed"), //$NON-NLS-1$
    /** No valid score and no computed value. */
    MISSING("ValueSource_missing"); //$NON-NLS-1$

    private final String key;

    ValueSource(String key) {
        this.key = key;
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
