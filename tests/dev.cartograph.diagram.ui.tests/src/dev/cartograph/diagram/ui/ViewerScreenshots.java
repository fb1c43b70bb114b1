// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Diagram;

/**
 * Not a test (its name does not match): saves screenshots of the viewer for developers to look
 * at, in the directory of {@code -Dscreenshots=DIR} (default {@code target/screenshots}). Run with
 * {@code -Dtest=ViewerScreenshots}.
 */
class ViewerScreenshots {

    @Test
    void save() throws Exception {
        Path dir = Path.of(System.getProperty("screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
        Files.createDirectories(dir);
        Diagram diagram = SampleJourney.create();
        try (ViewerHarness ui = new ViewerHarness(diagram, 1280, 800)) {
            ui.shell.setLayout(new GridLayout(2, false));
            ui.canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            DiagramOverview overview = new DiagramOverview(ui.shell, ui.viewer);
            GridData data = new GridData(SWT.FILL, SWT.FILL, false, true);
            data.widthHint = 240;
            overview.getControl().setLayoutData(data);
            ui.shell.layout(true, true);
            ui.settle();
            ui.click(TestDiagrams.node(diagram, 1, 0) == null ? diagram.allNodes().get(3) : diagram.allNodes().get(3), 0);
            ui.viewer.setSelectedElements(List.of(diagram.find("n1-1-0"), diagram.find("n3-2-0")), false); //$NON-NLS-1$ //$NON-NLS-2$
            ui.viewer.setFocusedElement(diagram.find("n3-2-0")); //$NON-NLS-1$
            ui.settle();
            shell(ui.shell, dir.resolve("viewer-100.png")); //$NON-NLS-1$
            ui.viewer.setZoom(2, 0, 0);
            ui.viewer.reveal(diagram.find("n1-1-0")); //$NON-NLS-1$
            ui.settle();
            shell(ui.shell, dir.resolve("viewer-200.png")); //$NON-NLS-1$
            ui.viewer.zoomToFit();
            ui.viewer.setHighlighted(List.of(diagram.find("n1-1-0"), diagram.find("n1-2-0")), true); //$NON-NLS-1$ //$NON-NLS-2$
            ui.settle();
            shell(ui.shell, dir.resolve("viewer-fit-dim.png")); //$NON-NLS-1$
            ui.viewer.setHighlighted(List.of(), false);
            ui.viewer.setZoom(0.25, 0, 0);
            ui.settle();
            shell(ui.shell, dir.resolve("viewer-25.png")); //$NON-NLS-1$
            ui.viewer.setZoom(1, 0, 0);
            ui.viewer.showFind();
            ui.viewer.getFindBar().text().setText("claim"); //$NON-NLS-1$
            ui.settle();
            shell(ui.shell, dir.resolve("viewer-find.png")); //$NON-NLS-1$
        }
        System.out.println("screenshots in " + dir.toAbsolutePath()); //$NON-NLS-1$
    }

    private static void shell(Shell shell, Path file) {
        shell.redraw();
        shell.update();
        Rectangle area = shell.getClientArea();
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(shell);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
