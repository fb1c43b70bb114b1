// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui.internal;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.render.DiagramGraphics;
import dev.cartograph.diagram.render.FontSpec;
import dev.cartograph.diagram.render.PaintState;

/** Paints a laid-out diagram, or the part of it that reaches a clip rectangle. */
@FunctionalInterface
public interface Renderer {

    /**
     * @param diagram a laid-out diagram
     * @param g the surface
     * @param state selection, highlights, focus
     * @param clip the area to paint, in diagram units, or {@code null} for all
     */
    void paint(Diagram diagram, DiagramGraphics g, PaintState state, Bounds clip);

    /** @return the renderer every surface of the viewer uses */
    static Renderer standard() {
        return (diagram, g, state, clip) -> {
            for (Node n : diagram.allNodes()) {
                if (clip == null || clip.intersects(n.bounds())) {
                    g.fill(n.style().shape(), n.bounds(), n.style().fill(), 1);
                    boolean selected = state.selected().contains(n.id());
                    g.outline(n.style().shape(), n.bounds(), selected ? dev.cartograph.diagram.Rgb.of(0x2563eb) : n.style().stroke(),
                            selected ? 2 : 1, n.style().line());
                    FontSpec font = FontSpec.of(n.style());
                    double y = n.bounds().y() + 18;
                    for (String line : n.labelLines()) {
                        g.text(line, n.bounds().x() + 8, y, font, n.style().textColor());
                        y += font.size() * 1.2;
                    }
                }
            }
        };
    }
}
