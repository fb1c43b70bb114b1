// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;

/**
 * The geometry every surface draws shapes, dashes and arrow heads with, so that SVG, PNG and
 * the SWT canvas show the same picture.
 */
public final class Shapes {

    /** The length of an arrow head at line width 1. */
    public static final double ARROW_LENGTH = 9;

    private static final int ARC_SEGMENTS = 6;
    private static final int WAVE_SEGMENTS = 12;

    private Shapes() {
    }

    /**
     * @param shape a shape
     * @param bounds its bounds
     * @return the radius of its rounded corners (0 for sharp corners and polygons)
     */
    public static double cornerRadius(NodeShape shape, Bounds bounds) {
        double small = Math.min(bounds.width(), bounds.height());
        return switch (shape) {
            case ROUNDED -> Math.min(6, small / 4);
            case PILL -> small / 2;
            default -> 0;
        };
    }

    /**
     * @param shape a shape
     * @return whether it is drawn as the polygon of {@link #polygon(NodeShape, Bounds)} (diamond,
     *         hexagon, document) rather than as a rectangle, rounded rectangle or ellipse
     */
    public static boolean isPolygon(NodeShape shape) {
        return shape == NodeShape.DIAMOND || shape == NodeShape.HEXAGON || shape == NodeShape.DOCUMENT;
    }

    /**
     * The outline of a shape as a closed polygon (curves approximated), for surfaces without
     * rounded rectangles or ellipses and for the three polygon shapes.
     *
     * @param shape a shape
     * @param b its bounds
     * @return the corners, clockwise from the top left, not repeating the first
     */
    public static List<Point> polygon(NodeShape shape, Bounds b) {
        List<Point> p = new ArrayList<>();
        switch (shape) {
            case DIAMOND -> {
                p.add(new Point(b.x() + b.width() / 2, b.y()));
                p.add(new Point(b.right(), b.y() + b.height() / 2));
                p.add(new Point(b.x() + b.width() / 2, b.bottom()));
                p.add(new Point(b.x(), b.y() + b.height() / 2));
            }
            case HEXAGON -> {
                double inset = Math.min(b.height() / 2, b.width() / 4);
                p.add(new Point(b.x() + inset, b.y()));
                p.add(new Point(b.right() - inset, b.y()));
                p.add(new Point(b.right(), b.y() + b.height() / 2));
                p.add(new Point(b.right() - inset, b.bottom()));
                p.add(new Point(b.x() + inset, b.bottom()));
                p.add(new Point(b.x(), b.y() + b.height() / 2));
            }
            case DOCUMENT -> {
                double wave = Math.min(6, b.height() / 6);
                p.add(new Point(b.x(), b.y()));
                p.add(new Point(b.right(), b.y()));
                for (int i = 0; i <= WAVE_SEGMENTS; i++) {
                    double t = (double) i / WAVE_SEGMENTS;
                    double y = b.bottom() - wave - wave * Math.sin(2 * Math.PI * t);
                    p.add(new Point(b.right() - t * b.width(), y));
                }
            }
            case ELLIPSE -> {
                int n = 4 * ARC_SEGMENTS;
                for (int i = 0; i < n; i++) {
                    double a = -Math.PI / 2 + 2 * Math.PI * i / n;
                    p.add(new Point(b.x() + b.width() / 2 * (1 + Math.cos(a)), b.y() + b.height() / 2 * (1 + Math.sin(a))));
                }
            }
            default -> roundedRectangle(b, cornerRadius(shape, b), p);
        }
        return p;
    }

    private static void roundedRectangle(Bounds b, double r, List<Point> p) {
        if (r <= 0) {
            p.add(new Point(b.x(), b.y()));
            p.add(new Point(b.right(), b.y()));
            p.add(new Point(b.right(), b.bottom()));
            p.add(new Point(b.x(), b.bottom()));
            return;
        }
        corner(p, b.right() - r, b.y() + r, r, -Math.PI / 2);
        corner(p, b.right() - r, b.bottom() - r, r, 0);
        corner(p, b.x() + r, b.bottom() - r, r, Math.PI / 2);
        corner(p, b.x() + r, b.y() + r, r, Math.PI);
    }

    private static void corner(List<Point> p, double cx, double cy, double r, double start) {
        for (int i = 0; i <= ARC_SEGMENTS; i++) {
            double a = start + Math.PI / 2 * i / ARC_SEGMENTS;
            p.add(new Point(cx + r * Math.cos(a), cy + r * Math.sin(a)));
        }
    }

    /**
     * @param line a line pattern
     * @param width the line's width
     * @return the dash lengths (on, off, ...), or an empty array for a solid line
     */
    public static double[] dashes(LinePattern line, double width) {
        double w = Math.max(1, width);
        return switch (line) {
            case DASHED -> new double[] { 5 * w, 3 * w };
            case DOTTED -> new double[] { w, 2 * w };
            default -> new double[0];
        };
    }

    /**
     * @param from a point of the line before the tip
     * @param tip where the line ends
     * @param width the line's width
     * @return the arrow head's three corners, the tip first
     */
    public static List<Point> arrowHead(Point from, Point tip, double width) {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            dx = 1;
            length = 1;
        }
        double ux = dx / length;
        double uy = dy / length;
        double size = ARROW_LENGTH + 2 * Math.max(0, width - 1);
        double half = size * 0.45;
        double bx = tip.x() - ux * size;
        double by = tip.y() - uy * size;
        return List.of(tip, new Point(bx - uy * half, by + ux * half), new Point(bx + uy * half, by - ux * half));
    }

    /**
     * Where the line from the centre of a box towards a point leaves the box.
     *
     * @param box a box
     * @param towards a point outside it
     * @return the point on its border
     */
    public static Point border(Bounds box, Point towards) {
        Point c = box.center();
        double dx = towards.x() - c.x();
        double dy = towards.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new Point(c.x() + dx * s, c.y() + dy * s);
    }
}
