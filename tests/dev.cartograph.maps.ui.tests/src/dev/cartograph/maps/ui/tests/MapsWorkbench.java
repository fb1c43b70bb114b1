// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.ui.DiagramViewer;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/** Drives the workbench and the map's canvas as a user would, and waits for what the user would see. */
final class MapsWorkbench {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static boolean firstLaunchOver;

    private MapsWorkbench() {
    }

    /**
     * The product opens its sample on first launch: waits once, for that editor, so that it does not
     * take the focus from a test later. (Waiting before every test would wait in vain for an editor
     * that no one opens any more.)
     */
    static void letFirstLaunchFinish() {
        if (!firstLaunchOver) {
            waitFor(() -> page().getEditorReferences().length > 0);
            firstLaunchOver = true;
        }
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until nothing is left to do, and a little longer for the X server. */
    static void settle() {
        Display display = Display.getCurrent();
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

    static boolean waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            settle();
        }
        return true;
    }

    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    /** Writes a fresh build of the sample portfolio into a file of the project. */
    static IFile sample(IProject project, String fileName) throws Exception {
        IFile file = project.getFile(fileName);
        Portfolio portfolio = SamplePortfolio.build();
        Resource resource = ModelPersistence.createResourceSet()
                .createResource(URI.createFileURI(file.getLocation().toOSString()));
        resource.getContents().add(portfolio);
        ModelPersistence.save(resource);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    static PortfolioEditor open(IFile file) throws Exception {
        PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(page(), file, PortfolioEditor.ID, true);
        assertNotNull(editor.getPortfolio(), "the portfolio was read");
        settle();
        return editor;
    }

    /** Runs a workbench command, as its key binding or menu item would. */
    static void run(String commandId) {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        try {
            handlers.executeCommand(commandId, null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            throw new AssertionError(commandId + " could not run: " + e.getMessage(), e);
        }
        settle();
    }

    /** @return the centre of an element on the canvas, after scrolling it into view */
    static int[] center(DiagramViewer viewer, DiagramElement element) {
        viewer.reveal(element);
        settle();
        Rectangle r = viewer.toCanvas(element.bounds());
        return new int[] { r.x + r.width / 2, r.y + r.height / 2 };
    }

    static void click(DiagramViewer viewer, DiagramElement element) {
        int[] c = center(viewer, element);
        mouse(viewer.getCanvas(), SWT.MouseDown, c[0], c[1], 1, 0);
        mouse(viewer.getCanvas(), SWT.MouseUp, c[0], c[1], 1, SWT.BUTTON1);
        settle();
    }

    static void doubleClick(DiagramViewer viewer, DiagramElement element) {
        int[] c = center(viewer, element);
        Canvas canvas = viewer.getCanvas();
        mouse(canvas, SWT.MouseDown, c[0], c[1], 1, 0);
        mouse(canvas, SWT.MouseUp, c[0], c[1], 1, SWT.BUTTON1);
        mouse(canvas, SWT.MouseDoubleClick, c[0], c[1], 1, 0);
        mouse(canvas, SWT.MouseUp, c[0], c[1], 1, SWT.BUTTON1);
        settle();
    }

    /** Presses on one element, moves in steps to a point (button held), and lets go there. */
    static void drag(DiagramViewer viewer, DiagramElement from, int x1, int y1) {
        int[] c = center(viewer, from);
        Canvas canvas = viewer.getCanvas();
        mouse(canvas, SWT.MouseDown, c[0], c[1], 1, 0);
        int steps = 8;
        for (int i = 1; i <= steps; i++) {
            mouse(canvas, SWT.MouseMove, c[0] + (x1 - c[0]) * i / steps, c[1] + (y1 - c[1]) * i / steps, 0, SWT.BUTTON1);
        }
        settle();
        mouse(canvas, SWT.MouseUp, x1, y1, 1, SWT.BUTTON1);
        settle();
    }

    static void mouse(Canvas canvas, int type, int x, int y, int button, int modifiers) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = modifiers;
        e.count = type == SWT.MouseDoubleClick ? 2 : 1;
        canvas.notifyListeners(type, e);
    }

    static void key(org.eclipse.swt.widgets.Control target, int keyCode, char character) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.character = character;
        e.doit = true;
        target.notifyListeners(SWT.KeyDown, e);
        if (e.doit && !target.isDisposed()) {
            target.notifyListeners(SWT.KeyUp, e);
        }
        settle();
    }

    /**
     * Saves what the workbench window shows as a PNG, when the {@code cartograph.screenshots}
     * system property names a folder (the README's screenshots are taken so).
     */
    static void screenshot(String name) throws Exception {
        String folder = System.getProperty("cartograph.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.redraw();
        shell.update();
        settle();
        Rectangle area = shell.getBounds();
        Display display = shell.getDisplay();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            loader.save(dir.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
            assertTrue(Files.size(dir.resolve(name + ".png")) > 0);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
