// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.List;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;

/**
 * A surface a diagram is painted on, in diagram units: SVG, a Java2D image, an SWT
 * {@code GC}. {@link DiagramPainter} paints every diagram through this interface only, so that
 * all surfaces show the same picture.
 */
public interface DiagramGraphics {

    /**
     * Fills a shape.
     *
     * @param shape the shape
     * @param bounds its bounds
     * @param color the colour
     * @param alpha opacity from 0 to 1
     */
    void fill(NodeShape shape, Bounds bounds, Rgb color, double alpha);

    /**
     * Draws a pattern inside a shape (hatching, dots), clipped to it.
     *
     * @param shape the shape
     * @param bounds its bounds
     * @param pattern the pattern ({@link FillPattern#NONE} draws nothing)
     * @param color the pattern's colour
     */
    void pattern(NodeShape shape, Bounds bounds, FillPattern pattern, Rgb color);

    /**
     * Strokes a shape's outline.
     *
     * @param shape the shape
     * @param bounds its bounds
     * @param color the colour
     * @param width the line width
     * @param line solid, dashed or dotted
     */
    void outline(NodeShape shape, Bounds bounds, Rgb color, double width, LinePattern line);

    /**
     * Strokes an open line through points.
     *
     * @param points at least two
     * @param color the colour
     * @param width the line width
     * @param line solid, dashed or dotted
     */
    void polyline(List<Point> points, Rgb color, double width, LinePattern line);

    /**
     * Fills a closed polygon (an arrow head, the area under a curve).
     *
     * @param points at least three
     * @param color the colour
     * @param alpha opacity from 0 to 1
     */
    void polygon(List<Point> points, Rgb color, double alpha);

    /**
     * Draws one line of text; it is not wrapped or clipped here (layouts fit text beforehand).
     *
     * @param text the text
     * @param x its left
     * @param baseline its baseline
     * @param font the font
     * @param color the colour
     */
    void text(String text, double x, double baseline, FontSpec font, Rgb color);

    /**
     * Opens a group for one element: what is drawn until {@link #end()} belongs to it (an SVG
     * {@code <g>} with its id, kind and tooltip; nothing on surfaces without groups).
     *
     * @param element the element
     */
    default void begin(DiagramElement element) {
        // Surfaces without groups draw straight away.
    }

    /** Closes the group opened last by {@link #begin(DiagramElement)}. */
    default void end() {
        // Surfaces without groups draw straight away.
    }
}
