// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.Set;

/**
 * What an interactive surface adds to a picture: the selected, highlighted and focused
 * elements (by id). Exports paint {@link #NONE}.
 *
 * @param selected ids of the selected elements
 * @param highlighted ids of the highlighted elements (a trace, a filter, a search hit)
 * @param focused the id of the element with the keyboard focus, or {@code null}
 * @param dimOthers whether elements that are neither selected nor highlighted are drawn faded
 *            (while a trace or filter is shown)
 */
public record PaintState(Set<String> selected, Set<String> highlighted, String focused, boolean dimOthers) {

    /** Nothing selected, highlighted or focused. */
    public static final PaintState NONE = new PaintState(Set.of(), Set.of(), null, false);
}
