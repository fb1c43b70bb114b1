// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.report;

import dev.cartograph.compare.Change;

/**
 * One change of a portfolio in the user's words.
 *
 * @param change the change it describes
 * @param groupId the id of the journey, workflow or use case the change belongs to (the portfolio's for the rest)
 * @param group that journey, workflow, use case or portfolio, for people
 * @param element the changed element, for people
 * @param feature the changed feature for people (for a move: where it is held), {@code null} for an addition or
 *            a removal
 * @param before the old value for people, {@code null} if there was none
 * @param after the new value for people, {@code null} if there is none
 */
public record DescribedChange(Change change, String groupId, String group, String element, String feature,
        String before, String after) {
}
