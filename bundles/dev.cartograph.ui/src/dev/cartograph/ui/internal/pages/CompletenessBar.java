// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A thin horizontal bar that fills in proportion to a share between 0 and 1. */
final class CompletenessBar extends Canvas {

    private static final RGB DONE = new RGB(20, 110, 120);
    private static final RGB TODO = new RGB(222, 226, 230);
    private double share;

    CompletenessBar(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(event -> paint(event.gc));
    }

    void setShare(double value) {
        share = Math.max(0, Math.min(1, value));
        redraw();
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        Color todo = new Color(TODO);
        Color done = new Color(DONE);
        gc.setBackground(todo);
        gc.fillRectangle(0, 0, area.width, area.height);
        gc.setBackground(done);
        gc.fillRectangle(0, 0, (int) Math.round(area.width * share), area.height);
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 120 : wHint, hHint == SWT.DEFAULT ? 8 : hHint);
    }
}
