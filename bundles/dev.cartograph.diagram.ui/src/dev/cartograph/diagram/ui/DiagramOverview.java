// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.render.DiagramPainter;
import dev.cartograph.diagram.render.PaintState;
import dev.cartograph.diagram.ui.internal.Messages;

/**
 * A miniature of the whole diagram of a {@link DiagramViewer}, with the part the viewer shows
 * drawn as a rectangle; clicking or dragging in it scrolls the viewer there (for the Outline).
 * The miniature is painted once per diagram and size, the rectangle on every scroll.
 */
public final class DiagramOverview {

    private static final int MARGIN = 6;

    private final DiagramViewer viewer;
    private final Canvas canvas;
    private final DiagramPainter painter = new DiagramPainter();
    private final Runnable viewportChanged;
    private final Runnable contentChanged;
    private Image miniature;
    private double scale;
    private double offsetX;
    private double offsetY;
    private boolean dragging;

    /**
     * @param parent where the miniature goes
     * @param viewer the viewer it shows and scrolls
     */
    public DiagramOverview(Composite parent, DiagramViewer viewer) {
        this.viewer = viewer;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        viewportChanged = () -> {
            if (!canvas.isDisposed()) {
                canvas.redraw();
            }
        };
        contentChanged = () -> {
            if (!canvas.isDisposed()) {
                invalidate();
                canvas.redraw();
            }
        };
        viewer.addViewportListener(viewportChanged);
        viewer.addContentListener(contentChanged);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> invalidate());
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragging = true;
                scrollTo(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragging && (e.stateMask & SWT.BUTTON1) != 0) {
                scrollTo(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseUp, e -> dragging = false);
        canvas.addListener(SWT.Dispose, e -> {
            viewer.removeViewportListener(viewportChanged);
            viewer.removeContentListener(contentChanged);
            invalidate();
        });
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = Messages.Overview_accessibleName;
            }
        });
    }

    /** @return the miniature's canvas */
    public Control getControl() {
        return canvas;
    }

    private void invalidate() {
        if (miniature != null) {
            miniature.dispose();
            miniature = null;
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        Diagram diagram = viewer.getDiagram();
        if (diagram == null || diagram.bounds().width() <= 0 || area.width <= 2 * MARGIN || area.height <= 2 * MARGIN) {
            return;
        }
        if (miniature == null) {
            miniature = render(diagram, area);
        }
        gc.drawImage(miniature, 0, 0);
        Bounds visible = viewer.getVisibleArea();
        int x = (int) Math.round(visible.x() * scale + offsetX);
        int y = (int) Math.round(visible.y() * scale + offsetY);
        int w = (int) Math.round(visible.width() * scale);
        int h = (int) Math.round(visible.height() * scale);
        Color accent = viewer.getResources().color(Gestures.ACCENT);
        gc.setBackground(accent);
        gc.setAlpha(35);
        gc.fillRectangle(x, y, w, h);
        gc.setAlpha(255);
        gc.setForeground(accent);
        gc.setLineWidth(2);
        gc.drawRectangle(x, y, Math.max(2, w), Math.max(2, h));
    }

    private Image render(Diagram diagram, Rectangle area) {
        Bounds b = diagram.bounds();
        scale = Math.min((area.width - 2.0 * MARGIN) / b.width(), (area.height - 2.0 * MARGIN) / b.height());
        offsetX = (area.width - b.width() * scale) / 2 - b.x() * scale;
        offsetY = (area.height - b.height() * scale) / 2 - b.y() * scale;
        Image image = new Image(canvas.getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(0, 0, area.width, area.height);
            try (SwtGraphics g = new SwtGraphics(gc, viewer.getResources(), scale, offsetX, offsetY)) {
                painter.paint(diagram, g, PaintState.NONE, null);
            }
        } finally {
            gc.dispose();
        }
        return image;
    }

    private void scrollTo(int x, int y) {
        if (scale > 0) {
            viewer.centerOn((x - offsetX) / scale, (y - offsetY) / scale);
        }
    }
}
