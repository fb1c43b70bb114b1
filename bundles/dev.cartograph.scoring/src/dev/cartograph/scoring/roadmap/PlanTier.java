// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.roadmap;

import java.util.Locale;
import java.util.Optional;

import dev.cartograph.model.Scope;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.internal.Messages;

/**
 * The order in which the roadmap planner serves use cases: internal quick wins first
 * (practice 1, "start inside"), then external quick wins together with internal strategic
 * bets, then external strategic bets; fill-ins only take the capacity left. Within a tier,
 * use cases go by rank.
 */
public enum PlanTier {
    /** Internal quick wins. */
    INTERNAL_QUICK_WIN(1, "PlanTier_internalQuickWin"), //$NON-NLS-1$
    /** External quick wins. */
    EXTERNAL_QUICK_WIN(2, "PlanTier_externalQuickWin"), //$NON-NLS-1$
    /** Internal strategic bets, served together with external quick wins. */
    INTERNAL_STRATEGIC_BET(2, "PlanTier_internalStrategicBet"), //$NON-NLS-1$
    /** External strategic bets. */
    EXTERNAL_STRATEGIC_BET(3, "PlanTier_externalStrategicBet"), //$NON-NLS-1$
    /** Fill-ins, internal or external: leftover capacity only. */
    FILL_IN(4, "PlanTier_fillIn"); //$NON-NLS-1$

    private final int priority;
    private final String key;

    PlanTier(int priority, String key) {
        this.priority = priority;
        this.key = key;
    }

    /**
     * @param quadrant a use case's quadrant
     * @param scope its scope
     * @return its tier, or empty for {@link Quadrant#DROP}, which is not planned
     */
    public static Optional<PlanTier> of(Quadrant quadrant, Scope scope) {
        boolean internal = scope != Scope.EXTERNAL;
        return switch (quadrant) {
        case QUICK_WIN -> Optional.of(internal ? INTERNAL_QUICK_WIN : EXTERNAL_QUICK_WIN);
        case STRATEGIC_BET -> Optional.of(internal ? INTERNAL_STRATEGIC_BET : EXTERNAL_STRATEGIC_BET);
        case FILL_IN -> Optional.of(FILL_IN);
        case DROP -> Optional.empty();
        };
    }

    /** @return 1 for the first served; tiers of equal priority are served together, by rank */
    public int priority() {
        return priority;
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
