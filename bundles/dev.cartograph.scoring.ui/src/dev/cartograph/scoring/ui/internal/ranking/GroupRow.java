// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

/**
 * The heading line of a group when the ranking is grouped by quadrant.
 *
 * @param group the group
 * @param count how many of its use cases pass the filter
 * @param collapsed whether its lines are hidden
 */
public record GroupRow(RankingGroup group, int count, boolean collapsed) {

    /** @return a stable identifier of the group's heading */
    public String id() {
        return "group:" + group.name(); //$NON-NLS-1$
    }
}
