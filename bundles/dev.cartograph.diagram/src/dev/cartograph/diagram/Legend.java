// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the colours, shapes and badges of a diagram mean, and how its computed figures are
 * computed (for example the pain curve's formula), in the user's language.
 */
public final class Legend {

    private final String title;
    private final List<LegendItem> items = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Bounds bounds = Bounds.EMPTY;

    /** @param title the legend's heading */
    public Legend(String title) {
        this.title = title;
    }

    /** @return the legend's heading */
    public String title() {
        return title;
    }

    /** @return its items, in order (modifiable) */
    public List<LegendItem> items() {
        return items;
    }

    /** @return sentences shown under the items, such as how a figure is computed (modifiable) */
    public List<String> notes() {
        return notes;
    }

    /** @return where the layout put it ({@link Bounds#EMPTY} before layout) */
    public Bounds bounds() {
        return bounds;
    }

    /** @param value where it is drawn (set by layouts) */
    public void setBounds(Bounds value) {
        this.bounds = Objects.requireNonNull(value);
    }
}
