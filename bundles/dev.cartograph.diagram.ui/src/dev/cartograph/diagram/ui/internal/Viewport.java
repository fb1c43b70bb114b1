// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui.internal;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Point;

/**
 * Which part of a diagram a canvas shows: the zoom, and the scroll origin in canvas pixels. The
 * diagram's bounds, times the zoom, plus a margin all round, is the scrollable content.
 * Plain arithmetic, no SWT.
 */
public final class Viewport {

    /** Room around the diagram, in canvas pixels. */
    public static final int MARGIN = 24;
    /** The smallest zoom. */
    public static final double MIN_ZOOM = 0.05;
    /** The largest zoom. */
    public static final double MAX_ZOOM = 8;

    private static final double[] STEPS = { 0.05, 0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2,
            2.5, 3, 4, 5, 6, 8 };

    private Bounds content = Bounds.EMPTY;
    private double zoom = 1;
    private int originX;
    private int originY;
    private int clientWidth;
    private int clientHeight;

    /** @param value the diagram's bounds */
    public void setContent(Bounds value) {
        content = value;
        clamp();
    }

    /** @return the diagram's bounds */
    public Bounds content() {
        return content;
    }

    /**
     * @param width the canvas's client width, in pixels
     * @param height its client height
     */
    public void setClientSize(int width, int height) {
        clientWidth = Math.max(0, width);
        clientHeight = Math.max(0, height);
        clamp();
    }

    /** @return the client width */
    public int clientWidth() {
        return clientWidth;
    }

    /** @return the client height */
    public int clientHeight() {
        return clientHeight;
    }

    /** @return canvas pixels per diagram unit */
    public double zoom() {
        return zoom;
    }

    /** @return the scrollable width, in pixels */
    public int contentWidth() {
        return (int) Math.ceil(content.width() * zoom) + 2 * MARGIN;
    }

    /** @return the scrollable height, in pixels */
    public int contentHeight() {
        return (int) Math.ceil(content.height() * zoom) + 2 * MARGIN;
    }

    /** @return the horizontal scroll position */
    public int originX() {
        return originX;
    }

    /** @return the vertical scroll position */
    public int originY() {
        return originY;
    }

    /**
     * Scrolls, within the content.
     *
     * @param x the horizontal scroll position wanted
     * @param y the vertical one
     */
    public void setOrigin(int x, int y) {
        originX = x;
        originY = y;
        clamp();
    }

    /** @return where the diagram's x = 0 falls on the canvas */
    public double offsetX() {
        return MARGIN - originX - content.x() * zoom;
    }

    /** @return where the diagram's y = 0 falls on the canvas */
    public double offsetY() {
        return MARGIN - originY - content.y() * zoom;
    }

    /**
     * @return where the diagram's x = 0 falls in the scrollable content (canvas x plus the scroll
     *         position); it depends on the zoom and the diagram only, never on the scroll position
     */
    public double contentOffsetX() {
        return MARGIN - content.x() * zoom;
    }

    /** @return where the diagram's y = 0 falls in the scrollable content */
    public double contentOffsetY() {
        return MARGIN - content.y() * zoom;
    }

    /**
     * @param b diagram bounds
     * @return them in content pixels (canvas pixels plus the scroll position), as x, y, width,
     *         height, rounded outwards
     */
    public int[] toContentPixels(Bounds b) {
        int left = (int) Math.floor(b.x() * zoom + contentOffsetX());
        int top = (int) Math.floor(b.y() * zoom + contentOffsetY());
        int right = (int) Math.ceil(b.right() * zoom + contentOffsetX());
        int bottom = (int) Math.ceil(b.bottom() * zoom + contentOffsetY());
        return new int[] { left, top, right - left, bottom - top };
    }

    /**
     * @param x canvas x
     * @param y canvas y
     * @return the diagram point under it
     */
    public Point toDiagram(double x, double y) {
        return new Point((x - offsetX()) / zoom, (y - offsetY()) / zoom);
    }

    /**
     * @param b diagram bounds
     * @return them in canvas pixels, as x, y, width, height (rounded outwards)
     */
    public int[] toCanvas(Bounds b) {
        int left = (int) Math.floor(b.x() * zoom + offsetX());
        int top = (int) Math.floor(b.y() * zoom + offsetY());
        int right = (int) Math.ceil(b.right() * zoom + offsetX());
        int bottom = (int) Math.ceil(b.bottom() * zoom + offsetY());
        return new int[] { left, top, right - left, bottom - top };
    }

    /**
     * @param x canvas x
     * @param y canvas y
     * @param width canvas width
     * @param height canvas height
     * @return that area of the canvas, in diagram units
     */
    public Bounds toDiagram(int x, int y, int width, int height) {
        Point p = toDiagram(x, y);
        return new Bounds(p.x(), p.y(), width / zoom, height / zoom);
    }

    /** @return the part of the diagram plane shown, in diagram units */
    public Bounds visibleArea() {
        return toDiagram(0, 0, clientWidth, clientHeight);
    }

    /**
     * Zooms, keeping the diagram point under a canvas point where it is.
     *
     * @param value the zoom wanted (kept within {@link #MIN_ZOOM} and {@link #MAX_ZOOM})
     * @param anchorX canvas x that stays put
     * @param anchorY canvas y that stays put
     */
    public void setZoom(double value, double anchorX, double anchorY) {
        Point anchor = toDiagram(anchorX, anchorY);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        originX = (int) Math.round((anchor.x() - content.x()) * zoom + MARGIN - anchorX);
        originY = (int) Math.round((anchor.y() - content.y()) * zoom + MARGIN - anchorY);
        clamp();
    }

    /**
     * @param in towards larger
     * @return the next zoom step from the current zoom
     */
    public double step(boolean in) {
        if (in) {
            for (double s : STEPS) {
                if (s > zoom + 1e-6) {
                    return s;
                }
            }
            return MAX_ZOOM;
        }
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < zoom - 1e-6) {
                return STEPS[i];
            }
        }
        return MIN_ZOOM;
    }

    /** @return the zoom that shows the whole diagram in the client area (at most 100%) */
    public double fitZoom() {
        if (content.width() <= 0 || content.height() <= 0 || clientWidth <= 2 * MARGIN || clientHeight <= 2 * MARGIN) {
            return 1;
        }
        double z = Math.min((clientWidth - 2.0 * MARGIN) / content.width(), (clientHeight - 2.0 * MARGIN) / content.height());
        return Math.max(MIN_ZOOM, Math.min(1, z));
    }

    /**
     * Scrolls as little as needed for an area to be shown (its top left first if it is larger).
     *
     * @param b diagram bounds
     * @return whether the origin moved
     */
    public boolean reveal(Bounds b) {
        int[] r = toCanvas(b.expand(8 / zoom));
        int x = originX;
        int y = originY;
        if (r[0] + r[2] > clientWidth) {
            x += r[0] + r[2] - clientWidth;
        }
        if (r[0] - (x - originX) < 0 || r[2] > clientWidth) {
            x = originX + r[0];
        }
        if (r[1] + r[3] > clientHeight) {
            y += r[1] + r[3] - clientHeight;
        }
        if (r[1] - (y - originY) < 0 || r[3] > clientHeight) {
            y = originY + r[1];
        }
        int oldX = originX;
        int oldY = originY;
        setOrigin(x, y);
        return oldX != originX || oldY != originY;
    }

    /**
     * Scrolls so that a diagram point is at the centre of the client area.
     *
     * @param x diagram x
     * @param y diagram y
     */
    public void centerOn(double x, double y) {
        setOrigin((int) Math.round((x - content.x()) * zoom + MARGIN - clientWidth / 2.0),
                (int) Math.round((y - content.y()) * zoom + MARGIN - clientHeight / 2.0));
    }

    private void clamp() {
        originX = Math.max(0, Math.min(originX, contentWidth() - clientWidth));
        originY = Math.max(0, Math.min(originY, contentHeight() - clientHeight));
    }
}
