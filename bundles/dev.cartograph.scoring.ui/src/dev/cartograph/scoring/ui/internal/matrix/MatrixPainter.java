// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Quadrant;

/** Paints the matrix's content on the chart's plot area. */
final class MatrixPainter {

    private static final int BUBBLE_ALPHA = 175;

    private final GC gc;
    private final IAxis x;
    private final IAxis y;
    private final Font bold;
    private final Font normal;

    MatrixPainter(GC gc, Chart chart, Font bold) {
        this.gc = gc;
        this.x = chart.getAxisSet().getXAxis(0);
        this.y = chart.getAxisSet().getYAxis(0);
        this.bold = bold;
        this.normal = chart.getFont();
    }

    /** The four tinted quadrants, a light grid at the ticks and the threshold lines. */
    void quadrants(double feasibilityThreshold, double impactThreshold, Point size) {
        int tx = x.getPixelCoordinate(feasibilityThreshold);
        int ty = y.getPixelCoordinate(impactThreshold);
        fill(Quadrant.STRATEGIC_BET, 0, 0, tx, ty);
        fill(Quadrant.QUICK_WIN, tx, 0, size.x - tx, ty);
        fill(Quadrant.DROP, 0, ty, tx, size.y - ty);
        fill(Quadrant.FILL_IN, tx, ty, size.x - tx, size.y - ty);
        gc.setForeground(MatrixColors.color(MatrixColors.GRID));
        gc.setLineStyle(SWT.LINE_DOT);
        gc.setLineWidth(1);
        for (double value : x.getTick().getTickLabelValues()) {
            int px = x.getPixelCoordinate(value);
            gc.drawLine(px, 0, px, size.y);
        }
        for (double value : y.getTick().getTickLabelValues()) {
            int py = y.getPixelCoordinate(value);
            gc.drawLine(0, py, size.x, py);
        }
        gc.setForeground(MatrixColors.color(MatrixColors.QUADRANT_INK));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(2);
        gc.drawLine(tx, 0, tx, size.y);
        gc.drawLine(0, ty, size.x, ty);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    /**
     * The quadrants' names in their outer corners, bold.
     *
     * @param names the name of each quadrant as written
     */
    void quadrantNames(Function<Quadrant, String> names, double feasibilityThreshold, double impactThreshold,
            Point size) {
        gc.setFont(bold);
        gc.setForeground(MatrixColors.color(MatrixColors.QUADRANT_INK));
        int tx = x.getPixelCoordinate(feasibilityThreshold);
        int ty = y.getPixelCoordinate(impactThreshold);
        for (Quadrant quadrant : Quadrant.values()) {
            String text = names.apply(quadrant);
            int[] bounds = nameBounds(gc, text, quadrant, tx, ty, size);
            gc.drawText(text, bounds[0], bounds[1], true);
        }
        gc.setFont(normal);
    }

    /**
     * @param gc measures the text (in the font it will be written in)
     * @param text a quadrant's name as written
     * @param quadrant the quadrant
     * @param tx the feasibility threshold's x
     * @param ty the impact threshold's y
     * @param size the plot's size
     * @return where the name is written: x, y, width, height
     */
    static int[] nameBounds(GC gc, String text, Quadrant quadrant, int tx, int ty, Point size) {
        Point extent = gc.textExtent(text);
        boolean right = quadrant == Quadrant.QUICK_WIN || quadrant == Quadrant.FILL_IN;
        boolean top = quadrant == Quadrant.QUICK_WIN || quadrant == Quadrant.STRATEGIC_BET;
        int left = right ? size.x - 6 - extent.x : 6;
        int upper = top ? 4 : size.y - 4 - extent.y;
        return new int[] { left, upper, extent.x, extent.y };
    }

    /**
     * The density view: each cell shaded by how many use cases fall in it (darker: more, on a
     * square-root scale), its count written in it when it fits.
     */
    void density(DensityGrid grid, Function<DensityGrid.Cell, int[]> bounds) {
        int max = Math.max(1, grid.max());
        Color ink = MatrixColors.color(MatrixColors.INK);
        Color white = gc.getDevice().getSystemColor(SWT.COLOR_WHITE);
        gc.setFont(normal);
        for (DensityGrid.Cell cell : grid.cells()) {
            if (cell.count() == 0) {
                continue;
            }
            int[] r = bounds.apply(cell);
            double share = Math.sqrt(cell.count() / (double) max);
            gc.setAlpha((int) Math.round(40 + 200 * share));
            gc.setBackground(MatrixColors.color(MatrixColors.DENSITY));
            gc.fillRectangle(r[0] + 1, r[1] + 1, r[2] - 1, r[3] - 1);
            gc.setAlpha(255);
            String text = NumberFormat.getIntegerInstance().format(cell.count());
            Point extent = gc.textExtent(text);
            if (extent.x + 4 <= r[2] && extent.y <= r[3]) {
                gc.setForeground(share > 0.55 ? white : ink);
                gc.drawText(text, r[0] + (r[2] - extent.x) / 2, r[1] + (r[3] - extent.y) / 2, true);
            }
        }
    }

    /** A frame around a rectangle (the density view's cell under the mouse). */
    void outline(int[] r) {
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.setLineWidth(2);
        gc.drawRectangle(r[0], r[1], r[2], r[3]);
        gc.setLineWidth(1);
    }

    /**
     * The bubbles, in order, with the gate mark. Bubbles drawn exactly like one drawn before
     * (same place, size and look) are drawn once.
     *
     * @param outlines whether filled bubbles get an outline (few bubbles)
     */
    void bubbles(List<BubbleLayout.Placed> bubbles, boolean outlines) {
        Color gate = MatrixColors.color(MatrixColors.GATE);
        Color white = gc.getDevice().getSystemColor(SWT.COLOR_WHITE);
        Set<Long> drawn = new HashSet<>(Math.min(bubbles.size(), 1 << 16) * 2);
        for (BubbleLayout.Placed bubble : bubbles) {
            if (!drawn.add(key(bubble))) {
                continue;
            }
            Color color = MatrixColors.color(MatrixColors.of(bubble.spec().scope()));
            int d = bubble.radius() * 2;
            int left = bubble.x() - bubble.radius();
            int top = bubble.y() - bubble.radius();
            boolean hollow = !(bubble.spec().effect() > 0);
            gc.setAlpha(hollow ? 200 : BUBBLE_ALPHA);
            gc.setBackground(hollow ? white : color);
            gc.fillOval(left, top, d, d);
            gc.setAlpha(255);
            if (outlines || hollow) {
                gc.setForeground(color);
                gc.setLineWidth(hollow ? 2 : 1);
                gc.drawOval(left, top, d, d);
            }
            if (bubble.spec().isGated()) {
                gc.setForeground(gate);
                gc.setLineWidth(2);
                gc.drawOval(left, top, d, d);
                int k = (int) Math.round(bubble.radius() * Math.sqrt(0.5));
                gc.drawLine(bubble.x() - k, bubble.y() + k, bubble.x() + k, bubble.y() - k);
            }
            if (bubble.spec().isPartial()) {
                PartialRing.draw(gc, bubble.x(), bubble.y(), bubble.radius());
            }
            gc.setLineWidth(1);
        }
    }

    /** Rings around the selected use cases' bubbles. */
    void selection(List<BubbleLayout.Placed> bubbles, List<UseCase> selection) {
        if (selection.isEmpty()) {
            return;
        }
        Color black = gc.getDevice().getSystemColor(SWT.COLOR_BLACK);
        for (BubbleLayout.Placed bubble : bubbles) {
            if (selection.contains(bubble.spec().useCase())) {
                gc.setForeground(black);
                gc.setLineWidth(2);
                int r = bubble.radius() + 3;
                gc.drawOval(bubble.x() - r, bubble.y() - r, r * 2, r * 2);
                gc.setLineWidth(1);
            }
        }
    }

    /** The labels, on a light halo so that they read over bubbles and lines. */
    void labels(List<BubbleLayout.Label> labels) {
        gc.setFont(normal);
        for (BubbleLayout.Label label : labels) {
            if (label.leader() != null) {
                int[] line = label.leader();
                gc.setForeground(MatrixColors.color(MatrixColors.QUADRANT_INK));
                gc.drawLine(line[0], line[1], line[2], line[3]);
            }
            halo(label.x(), label.y(), label.width(), label.height());
            gc.setForeground(MatrixColors.color(MatrixColors.INK));
            gc.drawText(label.text(), label.x(), label.y(), true);
        }
    }

    /** The label of the bubble under the mouse, next to it and inside the plot. */
    void hoverLabel(BubbleLayout.Placed bubble, Point size) {
        String text = bubble.spec().rank() > 0 ? "#" + bubble.spec().rank() + ' ' + bubble.spec().name() //$NON-NLS-1$
                : bubble.spec().name();
        gc.setFont(bold);
        Point extent = gc.textExtent(text);
        int left = bubble.x() + bubble.radius() + 4;
        if (left + extent.x > size.x) {
            left = bubble.x() - bubble.radius() - 4 - extent.x;
        }
        int top = Math.max(0, Math.min(size.y - extent.y, bubble.y() - extent.y / 2));
        halo(left, top, extent.x, extent.y);
        gc.setForeground(MatrixColors.color(MatrixColors.INK));
        gc.drawText(text, left, top, true);
        gc.setFont(normal);
    }

    /** A message in the middle of an empty plot. */
    void emptyMessage(String message, Point size) {
        gc.setFont(normal);
        Point extent = gc.textExtent(message);
        gc.setForeground(MatrixColors.color(MatrixColors.QUADRANT_INK));
        gc.drawText(message, (size.x - extent.x) / 2, (size.y - extent.y) / 2, true);
    }

    private static long key(BubbleLayout.Placed bubble) {
        BubbleSpec spec = bubble.spec();
        long look = (spec.scope() == Scope.EXTERNAL ? 1 : 0) | (spec.effect() > 0 ? 2 : 0)
                | (spec.isGated() ? 4 : 0);
        return ((long) bubble.x() & 0xFFFFF) << 40 | ((long) bubble.y() & 0xFFFFF) << 20 | (bubble.radius() & 0xFFFF) << 4
                | look;
    }

    private void fill(Quadrant quadrant, int left, int top, int width, int height) {
        gc.setBackground(MatrixColors.color(MatrixColors.tint(quadrant)));
        gc.fillRectangle(left, top, width, height);
    }

    private void halo(int left, int top, int width, int height) {
        gc.setAlpha(210);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRoundRectangle(left - 2, top, width + 4, height, 4, 4);
        gc.setAlpha(255);
    }
}
