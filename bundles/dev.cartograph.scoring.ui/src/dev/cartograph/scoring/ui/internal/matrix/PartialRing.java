// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;

/** The dotted ring around the bubble of a use case ranked on partial scores. */
final class PartialRing {

    private PartialRing() {
    }

    /**
     * @param gc where to draw
     * @param x the bubble's centre
     * @param y the bubble's centre
     * @param radius the bubble's radius
     */
    static void draw(GC gc, int x, int y, int radius) {
        int r = radius + 2;
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawOval(x - r, y - r, r * 2, r * 2);
        gc.setLineStyle(SWT.LINE_SOLID);
    }
}
