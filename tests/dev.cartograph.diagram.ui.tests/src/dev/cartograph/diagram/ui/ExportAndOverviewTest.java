// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.render.SvgWriter;

/** Export as the workbench does it, and the overview that scrolls the viewer. */
class ExportAndOverviewTest {

    @TempDir
    Path dir;

    @Test
    void pngExportIsAValidImageOfTheWholeDiagramAtTwiceItsSize() throws Exception {
        Diagram diagram = SampleJourney.create();
        Path file = dir.resolve("claims.png"); //$NON-NLS-1$
        DiagramExport.write(diagram, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(bytes, 4));
        ImageData[] data = new ImageLoader().load(file.toString());
        assertEquals(Math.ceil(diagram.bounds().width() * DiagramExport.PNG_SCALE), data[0].width, 1);
        assertEquals(Math.ceil(diagram.bounds().height() * DiagramExport.PNG_SCALE), data[0].height, 1);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind"); //$NON-NLS-1$
        }
    }

    @Test
    void svgExportIsTheSameBytesAsTheCommandLineWritesAndWellFormed() throws Exception {
        Diagram diagram = SampleJourney.create();
        diagram.allNodes().get(0).setLabel("<script>alert(1)</script> & co"); //$NON-NLS-1$
        Path file = dir.resolve("claims.SVG"); //$NON-NLS-1$
        DiagramExport.write(diagram, file);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        SvgWriter.write(diagram, expected);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName()); //$NON-NLS-1$
        assertEquals(0, doc.getElementsByTagName("script").getLength(), "a name stays text"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("&lt;script&gt;")); //$NON-NLS-1$
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertEquals("Journey- Claims - a-b", DiagramExport.safeName("Journey: Claims - a/b")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("diagram", DiagramExport.safeName("  ")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void clickingInTheOverviewScrollsTheViewerThereAndItsRectangleFollows() {
        Diagram diagram = TestDiagrams.grid(12, 14, null);
        try (ViewerHarness ui = new ViewerHarness(diagram, 700, 500)) {
            Shell outline = new Shell(ui.display);
            outline.setLayout(new FillLayout());
            DiagramOverview overview = new DiagramOverview(outline, ui.viewer);
            outline.setSize(300, 260);
            outline.open();
            ui.settle();
            Rectangle area = overview.getControl().getBounds();
            Event down = new Event();
            down.button = 1;
            down.x = area.width * 3 / 4;
            down.y = area.height * 3 / 4;
            overview.getControl().notifyListeners(SWT.MouseDown, down);
            ui.settle();
            Bounds visible = ui.viewer.getVisibleArea();
            Bounds b = diagram.bounds();
            double cx = visible.center().x() / b.width();
            double cy = visible.center().y() / b.height();
            assertTrue(cx > 0.6 && cx < 0.9 && cy > 0.55 && cy < 0.95, () -> "the viewer shows " + visible); //$NON-NLS-1$
            outline.dispose();
            ui.settle();
            ui.viewer.zoomIn();
            ui.settle();
        }
    }
}
