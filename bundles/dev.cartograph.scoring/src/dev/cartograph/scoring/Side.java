// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.Locale;

import dev.cartograph.scoring.internal.Messages;

/** The side of the impact x feasibility grid a criterion contributes to. */
public enum Side {
    /** The criterion measures the value a use case brings. */
    IMPACT("Side_impact"), //$NON-NLS-1$
    /** The criterion measures how easily a use case can be delivered. */
    FEASIBILITY("Side_feasibility"); //$NON-NLS-1$

    private final String key;

    Side(String key) {
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
