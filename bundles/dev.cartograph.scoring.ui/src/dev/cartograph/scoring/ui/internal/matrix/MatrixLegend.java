// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.scoring.ui.internal.Messages;

/** The matrix's legend: what the colours, outlines and marks mean, and how many use cases are not shown. */
final class MatrixLegend {

    private final Canvas canvas;
    private int hidden;
    private boolean density;

    MatrixLegend(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(event -> paint(event.gc));
    }

    /** @return the canvas */
    Canvas getControl() {
        return canvas;
    }

    /** @return the height it needs */
    int preferredHeight() {
        GC gc = new GC(canvas);
        try {
            return gc.getFontMetrics().getHeight() * 2 + 10;
        } finally {
            gc.dispose();
        }
    }

    /**
     * @param count how many use cases have no bubble (not fully scored, or rejected)
     */
    void setHidden(int count) {
        hidden = count;
        canvas.redraw();
    }

    /**
     * @param shown whether the matrix shows the density view (the legend then explains the cells)
     */
    void setDensity(boolean shown) {
        density = shown;
        canvas.redraw();
    }

    private void paint(GC gc) {
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        int lineHeight = gc.getFontMetrics().getHeight();
        int x = 8;
        int y = 4;
        for (MatrixPicture.LegendEntry entry : density ? List.<MatrixPicture.LegendEntry>of() : MatrixExport.legend()) {
            int cy = y + lineHeight / 2;
            Color color = MatrixColors.color(entry.fill());
            gc.setBackground(entry.hollow() ? canvas.getBackground() : color);
            gc.setAlpha(entry.hollow() ? 255 : 175);
            gc.fillOval(x, cy - 5, 10, 10);
            gc.setAlpha(255);
            gc.setForeground(entry.gated() ? MatrixColors.color(MatrixColors.GATE) : color);
            gc.setLineWidth(entry.hollow() || entry.gated() ? 2 : 1);
            gc.drawOval(x, cy - 5, 10, 10);
            if (entry.gated()) {
                gc.drawLine(x + 2, cy + 3, x + 8, cy - 3);
            }
            if (entry.partial()) {
                PartialRing.draw(gc, x + 5, cy, 5);
            }
            gc.setLineWidth(1);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(entry.text(), x + 15, y, true);
            Point extent = gc.textExtent(entry.text());
            x += extent.x + 32;
        }
        if (density) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(Messages.Matrix_legendDensity, x, y, true);
        }
        String second = density ? "" : Messages.Matrix_legendSize; //$NON-NLS-1$
        if (hidden > 0) {
            second += (second.isEmpty() ? "" : "   \u00B7   ") + NLS.bind(Messages.Matrix_hidden, hidden); //$NON-NLS-1$ //$NON-NLS-2$
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText(second, 8, y + lineHeight + 2, true);
    }
}
