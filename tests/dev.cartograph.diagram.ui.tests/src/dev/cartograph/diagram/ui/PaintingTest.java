// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.render.FontSpec;
import dev.cartograph.diagram.text.TextMetrics;

/** What the canvas shows, read back from the screen: every node painted at every zoom, text as wide as the layout expects. */
class PaintingTest {

    @ParameterizedTest
    @ValueSource(doubles = { 0.3, 0.5, 1, 2 })
    void everyVisibleNodeIsPaintedInItsFillAtAnyZoom(double zoom) {
        Diagram diagram = TestDiagrams.grid(4, 6, null);
        try (ViewerHarness ui = new ViewerHarness(diagram, 1400, 900)) {
            ui.viewer.setZoom(zoom, 0, 0);
            ImageData shot = ui.snapshot();
            Rectangle area = ui.canvas.getClientArea();
            int checked = 0;
            for (Node n : diagram.allNodes()) {
                if (n.style().pattern() != dev.cartograph.diagram.FillPattern.NONE) {
                    continue;
                }
                Rectangle r = ui.viewer.toCanvas(n.bounds());
                int x = r.x + (int) Math.ceil(12 * zoom);
                int y = r.y + (int) Math.ceil(10 * zoom);
                if (x >= area.width - 2 || y >= area.height - 2) {
                    continue;
                }
                RGB p = ui.pixel(shot, x, y);
                assertTrue(close(p, TestDiagrams.FRICTION), () -> n.id() + " at " + zoom + " shows " + p);
                checked++;
            }
            assertTrue(checked >= 4, "some nodes were on screen"); //$NON-NLS-1$
        }
    }

    private static boolean close(RGB p, Rgb expected) {
        return Math.abs(p.red - expected.red()) < 24 && Math.abs(p.green - expected.green()) < 24
                && Math.abs(p.blue - expected.blue()) < 24;
    }

    @ParameterizedTest
    @ValueSource(doubles = { 1, 1.5, 3 })
    void textIsAsWideAsTheLayoutMeasuredIt(double scale) {
        Display display = Display.getDefault();
        String text = "Customers wait forty minutes on the phone"; //$NON-NLS-1$
        FontSpec font = new FontSpec(12, false, false);
        double expected = TextMetrics.standard().width(text, font) * scale;
        int width = (int) (expected + 60);
        Image image = new Image(display, width, 60);
        DiagramResources resources = new DiagramResources(display);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, 60);
            try (SwtGraphics g = new SwtGraphics(gc, resources, scale, 10, 0)) {
                g.text(text, 0, 30 / scale, font, Rgb.BLACK);
            }
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        resources.dispose();
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int x = 0; x < data.width; x++) {
            for (int y = 0; y < data.height; y++) {
                RGB p = data.palette.getRGB(data.getPixel(x, y));
                if (p.red < 160) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        double measured = right - left + 1;
        assertTrue(Math.abs(measured - expected) <= expected * 0.04 + 2,
                () -> "drawn " + measured + " px, the layout expects " + expected); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(10, left, 3, "the text starts where it is asked to"); //$NON-NLS-1$
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.5, 1 })
    void scrollingMovesThePictureAndPaintsWhatAppears(double zoom) {
        Diagram diagram = TestDiagrams.grid(10, 12, null);
        try (ViewerHarness ui = new ViewerHarness(diagram, 700, 500)) {
            ui.viewer.setZoom(zoom, 0, 0);
            ui.settle();
            for (int i = 0; i < 6; i++) {
                ui.wheel(300, 200, -3, 0);
                ui.wheel(300, 200, -3, org.eclipse.swt.SWT.SHIFT);
            }
            ImageData scrolled = ui.grab();
            // Every node fully on screen shows its fill, whether it was blitted or painted anew.
            for (Node n : List.copyOf(diagram.allNodes())) {
                Rectangle r = ui.viewer.toCanvas(n.bounds());
                if (n.style().pattern() != dev.cartograph.diagram.FillPattern.NONE || r.x < 0 || r.y < 0
                        || r.x + r.width > 680 || r.y + r.height > 480) {
                    continue;
                }
                RGB p = ui.pixel(scrolled, r.x + (int) Math.ceil(12 * zoom), r.y + (int) Math.ceil(10 * zoom));
                assertTrue(close(p, TestDiagrams.FRICTION), () -> n.id() + " shows " + p);
            }
        }
    }
}
