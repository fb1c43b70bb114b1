// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.render.DiagramPainter;
import dev.cartograph.diagram.ui.internal.Viewport;

/**
 * The viewer paints into a back buffer and copies from it: what a scrolled view shows must be, pixel
 * for pixel, what a view opened at that place shows, whatever the zoom and the way there.
 */
class BackBufferTest {

    private static final int WIDTH = 700;
    private static final int HEIGHT = 500;
    /** The width of GTK's overlay scroll bars, and a little more. */
    private static final int OVERLAY_BARS = 16;

    /** Scrolls as a user would (wheel, Shift+wheel, the scroll bars, back and forth), then compares with a fresh view. */
    @ParameterizedTest
    @ValueSource(doubles = { 0.67, 1, 1.5 })
    void aScrolledViewIsPixelForPixelAFreshView(double zoom) {
        Diagram diagram = TestDiagrams.grid(10, 12, "A friction whose name is far too long for its box, so it is shortened");
        ImageData scrolled;
        int x;
        int y;
        try (ViewerHarness ui = new ViewerHarness(diagram, WIDTH, HEIGHT)) {
            ui.viewer.setZoom(zoom, 0, 0);
            ui.settle();
            for (int i = 0; i < 5; i++) {
                ui.wheel(300, 200, -3, 0);
                ui.wheel(300, 200, -2, SWT.SHIFT);
            }
            ui.wheel(300, 200, 2, 0);
            ui.viewer.scrollTo(ui.viewer.getOriginX() + 37, ui.viewer.getOriginY() - 13);
            ui.settle();
            x = ui.viewer.getOriginX();
            y = ui.viewer.getOriginY();
            assertTrue(x > 0 && y > 0, "it scrolled both ways"); //$NON-NLS-1$
            scrolled = canvasOnly(ui);
        }
        ImageData fresh;
        try (ViewerHarness ui = new ViewerHarness(diagram, WIDTH, HEIGHT)) {
            ui.viewer.setZoom(zoom, 0, 0);
            ui.viewer.scrollTo(x, y);
            ui.settle();
            fresh = canvasOnly(ui);
        }
        assertSame(fresh, scrolled);
    }

    /** A selection repaints the tiles around the elements whose marks change, and only those. */
    @Test
    void aSelectionRepaintsAroundItsElementsAndTheViewIsAFreshOne() {
        Diagram diagram = TestDiagrams.grid(10, 12, null);
        ImageData selected;
        try (ViewerHarness ui = new ViewerHarness(diagram, WIDTH, HEIGHT)) {
            ui.viewer.setZoom(0.75, 0, 0);
            ui.click(TestDiagrams.node(diagram, 1, 1), 0);
            long before = ui.viewer.getBackBuffer().tilesRendered();
            ui.click(TestDiagrams.node(diagram, 2, 2), 0);
            long repainted = ui.viewer.getBackBuffer().tilesRendered() - before;
            assertTrue(repainted > 0 && repainted < ui.viewer.getBackBuffer().size(),
                    "only some tiles were painted again: " + repainted); //$NON-NLS-1$
            selected = canvasOnly(ui);
        }
        ImageData fresh;
        try (ViewerHarness ui = new ViewerHarness(diagram, WIDTH, HEIGHT)) {
            ui.viewer.setZoom(0.75, 0, 0);
            ui.viewer.setSelectedElements(List.of(TestDiagrams.node(diagram, 2, 2)), false);
            ui.settle();
            fresh = canvasOnly(ui);
        }
        assertSame(fresh, selected);
    }

    /** Scrolling back to what was already shown copies it: no tile is painted again. */
    @Test
    void scrollingBackPaintsNothingAgain() {
        try (ViewerHarness ui = new ViewerHarness(TestDiagrams.grid(10, 12, null), WIDTH, HEIGHT)) {
            ui.viewer.scrollTo(300, 200);
            ui.settle();
            ui.viewer.scrollTo(0, 0);
            ui.settle();
            long painted = ui.viewer.getBackBuffer().tilesRendered();
            for (int i = 0; i < 4; i++) {
                ui.viewer.scrollTo(300 * (i % 2), 200 * (i % 2));
                ui.settle();
            }
            assertEquals(painted, ui.viewer.getBackBuffer().tilesRendered());
        }
    }

    /** The tiles join without a seam: the view is what one painting of the whole area gives. */
    @Test
    void theTilesJoinWithoutSeams() {
        Diagram diagram = TestDiagrams.grid(10, 12, null);
        try (ViewerHarness ui = new ViewerHarness(diagram, WIDTH, HEIGHT)) {
            ui.viewer.setZoom(1.1, 0, 0);
            ui.viewer.scrollTo(130, 90);
            ui.settle();
            ImageData shown = canvasOnly(ui);
            Display display = ui.display;
            Rectangle area = ui.canvas.getClientArea();
            Image image = new Image(display, area.width, area.height);
            GC gc = new GC(image);
            try {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, area.width, area.height);
                double offsetX = Viewport.MARGIN - diagram.bounds().x() * 1.1 - 130;
                double offsetY = Viewport.MARGIN - diagram.bounds().y() * 1.1 - 90;
                try (SwtGraphics g = new SwtGraphics(gc, ui.viewer.getResources(), 1.1, offsetX, offsetY)) {
                    new DiagramPainter().paint(diagram, g, ui.viewer.getPaintState(), null);
                }
            } finally {
                gc.dispose();
            }
            ImageData whole = crop(image.getImageData());
            image.dispose();
            int off = 0;
            for (int py = 0; py < shown.height; py++) {
                for (int px = 0; px < shown.width; px++) {
                    if (distance(shown, whole, px, py) > 24) {
                        off++;
                    }
                }
            }
            int total = shown.width * shown.height;
            int allowed = total / 2000;
            int counted = off;
            if (off > allowed) {
                ViewerHarness.write(shown, "seams-shown"); //$NON-NLS-1$
                ViewerHarness.write(whole, "seams-whole"); //$NON-NLS-1$
            }
            assertTrue(off <= allowed, () -> counted + " of " + total + " pixels differ from one painting of the whole"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @return what the canvas shows, but for the strips along its right and bottom edges where GTK
     *         draws its overlay scroll bars for a while after a scroll (they are not the diagram)
     */
    private static ImageData canvasOnly(ViewerHarness ui) {
        return crop(ui.grab());
    }

    private static ImageData crop(ImageData all) {
        int width = all.width - OVERLAY_BARS;
        int height = all.height - OVERLAY_BARS;
        ImageData part = new ImageData(width, height, all.depth, all.palette);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            all.getPixels(0, y, width, row, 0);
            part.setPixels(0, y, width, row, 0);
        }
        return part;
    }

    private static int distance(ImageData a, ImageData b, int x, int y) {
        var p = a.palette.getRGB(a.getPixel(x, y));
        var q = b.palette.getRGB(b.getPixel(x, y));
        return Math.max(Math.abs(p.red - q.red), Math.max(Math.abs(p.green - q.green), Math.abs(p.blue - q.blue)));
    }

    private static void assertSame(ImageData expected, ImageData actual) {
        assertEquals(expected.width, actual.width);
        assertEquals(expected.height, actual.height);
        int differ = 0;
        int firstX = -1;
        int firstY = -1;
        for (int y = 0; y < expected.height; y++) {
            for (int x = 0; x < expected.width; x++) {
                if (distance(expected, actual, x, y) != 0) {
                    if (differ == 0) {
                        firstX = x;
                        firstY = y;
                    }
                    differ++;
                }
            }
        }
        if (differ > 0) {
            ViewerHarness.write(expected, "backbuffer-expected"); //$NON-NLS-1$
            ViewerHarness.write(actual, "backbuffer-actual"); //$NON-NLS-1$
        }
        int n = differ;
        int fx = firstX;
        int fy = firstY;
        assertEquals(0, differ, () -> n + " pixels differ, the first at " + fx + "," + fy); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
