// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Diagram;

/**
 * A shell holding a {@link DiagramViewer}, and the user's hands: clicks, drags, the wheel and keys
 * sent to the canvas as SWT delivers them (a traversal first for Tab, Enter and Esc, then the key).
 */
final class ViewerHarness implements AutoCloseable {

    final Display display;
    final Shell shell;
    final DiagramViewer viewer;
    final Canvas canvas;

    ViewerHarness(Diagram diagram, int width, int height) {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setText("Diagram viewer test"); //$NON-NLS-1$
        viewer = new DiagramViewer(shell);
        canvas = viewer.getCanvas();
        shell.setSize(width, height);
        shell.open();
        viewer.setDiagram(diagram);
        canvas.setFocus();
        settle();
    }

    /** Runs the event loop until nothing is left to do (and a little longer, for the X server). */
    void settle() {
        long end = System.currentTimeMillis() + 60;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // Drain.
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @return the centre of an element on the canvas */
    int[] center(DiagramElement element) {
        Rectangle r = viewer.toCanvas(element.bounds());
        return new int[] { r.x + r.width / 2, r.y + r.height / 2 };
    }

    void click(DiagramElement element, int modifiers) {
        int[] c = center(element);
        click(c[0], c[1], modifiers);
    }

    void click(int x, int y, int modifiers) {
        mouse(SWT.MouseDown, x, y, 1, modifiers);
        mouse(SWT.MouseUp, x, y, 1, modifiers | SWT.BUTTON1);
        settle();
    }

    void doubleClick(DiagramElement element) {
        int[] c = center(element);
        mouse(SWT.MouseDown, c[0], c[1], 1, 0);
        mouse(SWT.MouseUp, c[0], c[1], 1, SWT.BUTTON1);
        mouse(SWT.MouseDoubleClick, c[0], c[1], 1, 0);
        mouse(SWT.MouseUp, c[0], c[1], 1, SWT.BUTTON1);
        settle();
    }

    /** Presses on one point, moves in steps to another (button held), and lets go there. */
    void drag(int x0, int y0, int x1, int y1, Runnable whileOver) {
        mouse(SWT.MouseDown, x0, y0, 1, 0);
        int steps = 8;
        for (int i = 1; i <= steps; i++) {
            mouse(SWT.MouseMove, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps, 0, SWT.BUTTON1);
        }
        settle();
        if (whileOver != null) {
            whileOver.run();
        }
        mouse(SWT.MouseUp, x1, y1, 1, SWT.BUTTON1);
        settle();
    }

    void hover(int x, int y) {
        mouse(SWT.MouseMove, x, y, 0, 0);
        settle();
    }

    void mouse(int type, int x, int y, int button, int modifiers) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = modifiers;
        e.count = type == SWT.MouseDoubleClick ? 2 : 1;
        canvas.notifyListeners(type, e);
    }

    void wheel(int x, int y, int count, int modifiers) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.count = count;
        e.stateMask = modifiers;
        e.doit = true;
        canvas.notifyListeners(SWT.MouseVerticalWheel, e);
        settle();
    }

    /** Presses a key on the focused control. */
    void key(int keyCode, char character, int modifiers) {
        Control target = display.getFocusControl() != null ? display.getFocusControl() : canvas;
        key(target, keyCode, character, modifiers);
    }

    void key(Control target, int keyCode, char character, int modifiers) {
        int traversal = switch (keyCode) {
            case SWT.TAB -> (modifiers & SWT.SHIFT) != 0 ? SWT.TRAVERSE_TAB_PREVIOUS : SWT.TRAVERSE_TAB_NEXT;
            case SWT.CR -> SWT.TRAVERSE_RETURN;
            case SWT.ESC -> SWT.TRAVERSE_ESCAPE;
            default -> SWT.TRAVERSE_NONE;
        };
        if (traversal != SWT.TRAVERSE_NONE) {
            Event t = new Event();
            t.detail = traversal;
            t.keyCode = keyCode;
            t.character = character;
            t.stateMask = modifiers;
            t.doit = true;
            target.notifyListeners(SWT.Traverse, t);
            if (t.doit || target.isDisposed()) {
                settle();
                return;
            }
        }
        Event e = new Event();
        e.keyCode = keyCode;
        e.character = character;
        e.stateMask = modifiers;
        e.doit = true;
        target.notifyListeners(SWT.KeyDown, e);
        if (e.doit && !target.isDisposed()) {
            target.notifyListeners(SWT.KeyUp, e);
        }
        settle();
    }

    /** @return what the canvas shows, as the screen has it, after a full repaint */
    ImageData snapshot() {
        canvas.redraw();
        canvas.update();
        return grab();
    }

    /** @return what the canvas shows, as the screen has it now */
    ImageData grab() {
        settle();
        Rectangle area = canvas.getClientArea();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(image, 0, 0);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** @return the colour of a canvas pixel */
    RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    /** Saves what the canvas shows as a PNG (screenshots looked at by developers). */
    void save(Path file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { snapshot() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** Keeps a picture for a developer to look at, in target/ (a failed comparison's evidence). */
    static void write(ImageData data, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "pictures"); //$NON-NLS-1$ //$NON-NLS-2$
            java.nio.file.Files.createDirectories(dir);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(dir.resolve(name + ".png").toString(), SWT.IMAGE_PNG); //$NON-NLS-1$
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        shell.dispose();
        settle();
    }
}
