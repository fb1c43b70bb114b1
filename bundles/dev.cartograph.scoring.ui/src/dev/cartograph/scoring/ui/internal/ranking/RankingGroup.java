// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ui.internal.Messages;

/** The groups of the ranking when it is grouped by quadrant, in display order. */
public enum RankingGroup {
    /** High impact, high feasibility. */
    QUICK_WIN(Quadrant.QUICK_WIN),
    /** High impact, low feasibility. */
    STRATEGIC_BET(Quadrant.STRATEGIC_BET),
    /** Low impact, high feasibility. */
    FILL_IN(Quadrant.FILL_IN),
    /** Low impact, low feasibility. */
    DROP(Quadrant.DROP),
    /** Not every enabled criterion has a value yet. */
    NOT_SCORED(null);

    private final Quadrant quadrant;

    RankingGroup(Quadrant quadrant) {
        this.quadrant = quadrant;
    }

    /**
     * @param quadrant a quadrant, or {@code null} for a use case that is not scored
     * @return its group
     */
    public static RankingGroup of(Quadrant quadrant) {
        for (RankingGroup group : values()) {
            if (group.quadrant == quadrant) {
                return group;
            }
        }
        return NOT_SCORED;
    }

    /** @return the quadrant, {@code null} for {@link #NOT_SCORED} */
    public Quadrant quadrant() {
        return quadrant;
    }

    /** @return the group's name */
    public String label() {
        return quadrant == null ? Messages.Group_notScored : quadrant.label();
    }
}
