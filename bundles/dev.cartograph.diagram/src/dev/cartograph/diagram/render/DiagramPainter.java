// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.Objects;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Curve;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * Paints a laid-out {@link Diagram} on any {@link DiagramGraphics}, so that the SVG and PNG
 * exports and the SWT canvas show the same picture.
 * <p>
 * In order: the background, the title and subtitle ({@link TitleBlock}), the bands (regions,
 * then rows, then columns over them; a band {@linkplain dev.cartograph.diagram.Band#isApart()
 * set apart} is outlined dashed), the curves (line, area, points and value labels), the nodes
 * (containers with their title, then their children; shape, fill, pattern, outline, the lines
 * of {@link NodeText}, badges), the edges (route and arrow head, over the nodes) and the legend
 * ({@link LegendBlock}). Each element is painted between {@link DiagramGraphics#begin} and
 * {@link DiagramGraphics#end}.
 * <p>
 * A {@link PaintState} adds the marks of interaction, never by colour alone: a selected element
 * gets a thicker outline and a solid halo, a highlighted one a thick dotted halo, the focused
 * one a dashed frame; with {@link PaintState#dimOthers()} everything else is faded. A clip
 * rectangle skips the elements that do not reach it, for fast repaints while scrolling.
 * <p>
 * A painter has no state of its own besides its metrics, and may be shared between threads.
 */
public final class DiagramPainter {

    private final TextMetrics metrics;

    /** A painter with the {@linkplain TextMetrics#standard() standard metrics}, those of the layouts. */
    public DiagramPainter() {
        this(TextMetrics.standard());
    }

    /** @param metrics the metrics the diagram was laid out with */
    public DiagramPainter(TextMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics);
    }

    /**
     * Paints the whole diagram without interaction marks, as exports do.
     *
     * @param diagram a laid-out diagram
     * @param g the surface
     */
    public void paint(Diagram diagram, DiagramGraphics g) {
        paint(diagram, g, PaintState.NONE, null);
    }

    /**
     * Paints a diagram, or the part of it that reaches a clip rectangle.
     *
     * @param diagram a laid-out diagram
     * @param g the surface
     * @param state the selection, highlights and focus ({@code null} for none)
     * @param clip the area to repaint, in diagram units, or {@code null} for all; elements that do
     *            not reach it are not painted at all
     */
    public void paint(Diagram diagram, DiagramGraphics g, PaintState state, Bounds clip) {
        PaintContext ctx = new PaintContext(g, metrics, state, clip);
        Bounds all = diagram.bounds();
        Bounds background = clip == null ? all : intersection(all, clip);
        if (background.width() > 0 && background.height() > 0) {
            g.fill(NodeShape.RECTANGLE, background, Rgb.WHITE, 1);
        }
        DecorationPainter decorations = new DecorationPainter(ctx);
        decorations.title(diagram);
        decorations.bands(diagram);
        for (Curve curve : diagram.curves()) {
            decorations.curve(diagram, curve);
        }
        NodePainter nodes = new NodePainter(ctx);
        for (Node node : diagram.nodes()) {
            nodes.paint(node);
        }
        EdgePainter edges = new EdgePainter(ctx);
        for (Edge edge : diagram.edges()) {
            edges.paint(edge);
        }
        if (diagram.legend() != null) {
            decorations.legend(diagram.legend());
        }
    }

    /** @return the metrics it measures text with */
    public TextMetrics metrics() {
        return metrics;
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double left = Math.max(a.x(), b.x());
        double top = Math.max(a.y(), b.y());
        double right = Math.min(a.right(), b.right());
        double bottom = Math.min(a.bottom(), b.bottom());
        return new Bounds(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }
}
