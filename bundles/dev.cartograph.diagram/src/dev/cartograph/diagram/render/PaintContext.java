// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.text.TextMetrics;

/** What one painting pass needs: the surface, the metrics, the state and the clip. */
final class PaintContext {

    /** How far a selection or focus mark reaches outside its element. */
    static final double HALO = 9;

    private static final double DIM = 0.72;

    final DiagramGraphics g;
    final TextMetrics metrics;
    final PaintState state;
    private final Bounds clip;

    PaintContext(DiagramGraphics g, TextMetrics metrics, PaintState state, Bounds clip) {
        this.g = g;
        this.metrics = metrics;
        this.state = state == null ? PaintState.NONE : state;
        this.clip = clip;
    }

    boolean visible(Bounds bounds) {
        return clip == null || bounds.expand(HALO).intersects(clip);
    }

    boolean selected(String id) {
        return state.selected().contains(id);
    }

    boolean highlighted(String id) {
        return state.highlighted().contains(id);
    }

    boolean focused(String id) {
        return id.equals(state.focused());
    }

    boolean dimmed(String id) {
        return state.dimOthers() && !selected(id) && !highlighted(id) && !focused(id);
    }

    /** @return the colour as drawn: faded towards white when the element is dimmed */
    static Rgb tone(Rgb color, boolean dim) {
        return dim ? color.mix(Rgb.WHITE, DIM) : color;
    }
}
