// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.Locale;

import dev.cartograph.scoring.internal.Messages;

/**
 * Where a use case falls on the impact x feasibility grid. A score at or above a threshold
 * is high.
 */
public enum Quadrant {
    /** High impact, high feasibility. */
    QUICK_WIN("Quadrant_quickWin"), //$NON-NLS-1$
    /** High impact, low feasibility. */
    STRATEGIC_BET("Quadrant_strategicBet"), //$NON-NLS-1$
    /** Low impact, high feasibility. */
    FILL_IN("Quadrant_fillIn"), //$NON-NLS-1$
    /** Low impact, low feasibility. */
    DROP("Quadrant_drop"); //$NON-NLS-1$

    private final String key;

    Quadrant(String key) {
        this.key = key;
    }

    /**
     * Places scores on the grid.
     *
     * @param impact the impact score (0-100)
     * @param feasibility the feasibility score (0-100)
     * @param impactThreshold impact at or above which a use case is high impact
     * @param feasibilityThreshold feasibility at or above which a use case is highly feasible
     * @return the quadrant
     */
    public static Quadrant of(double impact, double feasibility, double impactThreshold,
            double feasibilityThreshold) {
        boolean highImpact = impact >= impactThreshold;
        boolean highFeasibility = feasibility >= feasibilityThreshold;
        if (highImpact) {
            return highFeasibility ? QUICK_WIN : STRATEGIC_BET;
        }
        return highFeasibility ? FILL_IN : DROP;
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
