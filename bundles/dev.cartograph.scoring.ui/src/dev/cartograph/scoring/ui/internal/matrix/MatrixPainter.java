// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** The four tinted quadrants, a light grid at the ticks, the threshold lines and the quadrant names. */
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
        gc.setFont(bold);
        name(Quadrant.STRATEGIC_BET.label(), 6, 4, false);
        name(Quadrant.QUICK_WIN.label(), size.x - 6, 4, true);
        name(Quadrant.DROP.label(), 6, size.y - 4 - gc.getFontMetrics().getHeight(), false);
        name(Quadrant.FILL_IN.label(), size.x - 6, size.y - 4 - gc.getFontMetrics().getHeight(), true);
        gc.setFont(normal);
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

    private void name(String text, int px, int py, boolean alignRight) {
        gc.setForeground(MatrixColors.color(MatrixColors.QUADRANT_INK));
        int left = alignRight ? px - gc.textExtent(text).x : px;
        gc.drawText(text, left, py, true);
    }

    private void halo(int left, int top, int width, int height) {
        gc.setAlpha(210);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRoundRectangle(left - 2, top, width + 4, height, 4, 4);
        gc.setAlpha(255);
    }
}
