// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/**
 * A rectangle of the diagram's plane, in diagram units.
 *
 * @param x left
 * @param y top
 * @param width width, not negative
 * @param height height, not negative
 */
public record Bounds(double x, double y, double width, double height) {

    /** The empty rectangle at the origin. */
    public static final Bounds EMPTY = new Bounds(0, 0, 0, 0);

    /** @return the right edge */
    public double right() {
        return x + width;
    }

    /** @return the bottom edge */
    public double bottom() {
        return y + height;
    }

    /** @return the centre */
    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /**
     * @param px x
     * @param py y
     * @return whether the point is inside (edges included)
     */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /**
     * @param other another rectangle
     * @return whether the two share some area (touching edges do not count)
     */
    public boolean intersects(Bounds other) {
        return other.x < right() && x < other.right() && other.y < bottom() && y < other.bottom();
    }

    /**
     * @param other another rectangle
     * @return the smallest rectangle holding both
     */
    public Bounds union(Bounds other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Bounds(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    /**
     * @param margin how much to grow on each side (shrinks if negative)
     * @return this rectangle grown
     */
    public Bounds expand(double margin) {
        return new Bounds(x - margin, y - margin, Math.max(0, width + 2 * margin), Math.max(0, height + 2 * margin));
    }

    /**
     * @param dx by how much to the right
     * @param dy by how much down
     * @return this rectangle moved
     */
    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }
}
