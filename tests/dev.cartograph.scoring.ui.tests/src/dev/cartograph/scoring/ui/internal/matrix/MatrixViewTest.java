// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.ranking.RankingRow;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.scoring.ui.tests.TestWorkbench;
import dev.cartograph.scoring.ui.tests.UiWait;
import dev.cartograph.tests.support.LargePortfolio;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * The matrix reads at any size: on the sample its labels cover no bubble, no quadrant name and
 * no other label; past {@link MatrixChart#DENSITY_THRESHOLD} use cases it shows their density,
 * and a click on a cell lists that cell's use cases in the Ranking; the export carries the
 * title, the quadrants' names and the legend, and starts in the portfolio's folder; File &gt;
 * Print prints it.
 */
public class MatrixViewTest {

    @AfterEach
    void close() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void onTheSampleNoLabelCoversABubbleANameOrAnotherLabel() throws Exception {
        MatrixView view = open(SamplePortfolio.build(), "matrix-sample.cartograph"); //$NON-NLS-1$
        MatrixChart matrix = view.getMatrix();
        assertFalse(matrix.isDensity(), "the sample's use cases are drawn one bubble each");
        assertLabelsOverlapNothing(matrix, 1);
        IWorkbenchPage page = TestWorkbench.page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.settle();
        try {
            assertLabelsOverlapNothing(matrix, 8);
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
            UiWait.settle();
        }
        screenshot(view, "matrix-sample");
    }

    /** Checks the labels at the plot's current size: at least so many, none over a bubble, a name or a label. */
    private static void assertLabelsOverlapNothing(MatrixChart matrix, int atLeast) {
        BubbleLayout.Result layout = matrix.layout();
        List<BubbleLayout.Label> labels = layout.labels();
        System.out.println("matrix labels: " + labels.size() + " in " + matrix.plotControl().getSize()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(labels.size() >= atLeast, labels.size() + " labels in " + matrix.plotControl().getSize());
        Point size = matrix.plotControl().getSize();
        GC gc = new GC(matrix.plotControl());
        List<int[]> names;
        try {
            gc.setFont(matrix.getChart().getFont());
            names = List.of(Quadrant.values()).stream().map(q -> MatrixPainter.nameBounds(gc, matrix.quadrantName(q),
                    q, matrix.getChart().getAxisSet().getXAxis(0).getPixelCoordinate(matrix.feasibilityThreshold()),
                    matrix.getChart().getAxisSet().getYAxis(0).getPixelCoordinate(matrix.impactThreshold()), size))
                    .toList();
        } finally {
            gc.dispose();
        }
        for (BubbleLayout.Label a : labels) {
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= size.x && a.y() + a.height() <= size.y,
                    a.text() + " inside the plot");
            for (BubbleLayout.Label b : labels) {
                assertTrue(a == b || !a.overlaps(b.x(), b.y(), b.width(), b.height()), a.text() + " on " + b.text());
            }
            for (BubbleLayout.Placed bubble : layout.bubbles()) {
                assertFalse(a.overlaps(bubble), a.text() + " on the bubble of " + bubble.spec().name());
            }
            for (int[] name : names) {
                assertFalse(a.overlaps(name[0], name[1], name[2], name[3]), a.text() + " on a quadrant's name");
            }
        }
    }

    @Test
    void pastTheThresholdTheDensityViewIsShownAndACellFiltersTheRanking() throws Exception {
        MatrixView view = open(LargePortfolio.generate(MatrixChart.DENSITY_THRESHOLD), "matrix-at.cartograph"); //$NON-NLS-1$
        assertFalse(view.getMatrix().isDensity(), "at the threshold, bubbles");
        assertTrue(view.getMatrix().getChart().getTitle().getText().startsWith("Bubble view")); //$NON-NLS-1$
        TestWorkbench.page().closeAllEditors(false);

        view = open(LargePortfolio.generate(MatrixChart.DENSITY_THRESHOLD + 1), "matrix-past.cartograph"); //$NON-NLS-1$
        MatrixChart matrix = view.getMatrix();
        assertTrue(matrix.isDensity(), "one more: density");
        assertTrue(matrix.getChart().getTitle().getText().startsWith("Density view")); //$NON-NLS-1$
        DensityGrid grid = matrix.density();
        assertEquals(MatrixChart.DENSITY_THRESHOLD + 1, grid.cells().stream().mapToInt(DensityGrid.Cell::count).sum());
        int quadrants = 0;
        for (Quadrant quadrant : Quadrant.values()) {
            quadrants += grid.total(quadrant);
        }
        assertEquals(MatrixChart.DENSITY_THRESHOLD + 1, quadrants, "the quadrants' totals add up");

        DensityGrid.Cell fullest = grid.cells().stream().max((a, b) -> Integer.compare(a.count(), b.count())).get();
        int[] r = matrix.bounds(fullest);
        Event click = new Event();
        click.button = 1;
        click.x = r[0] + r[2] / 2;
        click.y = r[1] + r[3] / 2;
        matrix.plotControl().notifyListeners(SWT.MouseDown, click);
        UiWait.settle();
        RankingView ranking = (RankingView) TestWorkbench.page().findView(ScoringUi.RANKING_VIEW_ID);
        assertNotNull(ranking, "the click shows the Ranking");
        assertEquals(fullest.count(), ranking.getModel().matching(), "the Ranking lists the cell's use cases");
        for (int i = 0; i < ranking.getModel().matching(); i++) {
            Object line = ranking.getModel().rowAt(i);
            if (line instanceof RankingRow row) {
                assertTrue(fullest.area().contains(row.score().feasibility(), row.score().impact()));
            }
        }
        assertTrue(ranking.getContentDescription().contains("matrix cell"), ranking.getContentDescription()); //$NON-NLS-1$
        ranking.showArea(null);
    }

    @Test
    void theExportCarriesTitleQuadrantsAndLegendAndStartsInThePortfoliosFolder() throws Exception {
        Path folder = Files.createTempDirectory("matrix-export"); //$NON-NLS-1$
        MatrixView view = open(SamplePortfolio.build(), "matrix-export.cartograph"); //$NON-NLS-1$
        MatrixChart matrix = view.getMatrix();
        Path svg = folder.resolve("m.svg"); //$NON-NLS-1$
        MatrixExport.writeSvg(matrix, "Kestrel: Impact x Feasibility", svg); //$NON-NLS-1$
        String text = Files.readString(svg);
        assertTrue(text.contains("Kestrel: Impact x Feasibility \u2014 Bubble view"), "the title"); //$NON-NLS-1$
        assertTrue(text.contains("Quick win"), "the quadrants' names"); //$NON-NLS-1$
        assertTrue(text.contains("Bubble area: yearly financial effect"), "the legend"); //$NON-NLS-1$
        assertTrue(text.contains(">Internal<") && text.contains(">Feasibility<"), "the legend and the axes"); //$NON-NLS-1$
        Path png = folder.resolve("m.png"); //$NON-NLS-1$
        MatrixExport.writePng(matrix, "Kestrel: Impact x Feasibility", png); //$NON-NLS-1$
        ImageData image = new ImageLoader().load(png.toString())[0];
        Point plot = matrix.plotControl().getSize();
        assertTrue(image.width > plot.x && image.height > plot.y, "the PNG has room for the title, axes and legend");

        Path expected = TestWorkbench.page().getActiveEditor().getEditorInput().getAdapter(IFile.class).getLocation()
                .toFile().toPath().getParent();
        assertEquals(expected, MatrixExport.folderOf(((PortfolioEditor) TestWorkbench.page().getActiveEditor()).getPortfolio()));
    }

    @Test
    void fileprintPrintsWhatTheMatrixShows() throws Exception {
        MatrixView view = open(SamplePortfolio.build(), "matrix-print.cartograph"); //$NON-NLS-1$
        assertNotNull(view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.PRINT.getId()),
                "File > Print is handled while the matrix is active");
        Path pdf = Files.createTempDirectory("matrix-print").resolve("matrix.pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        PrinterData data = new PrinterData();
        data.printToFile = true;
        data.fileName = pdf.toString();
        Printer printer = new Printer(data);
        try {
            MatrixExport.print(printer, view.getMatrix(), "Kestrel: Impact x Feasibility"); //$NON-NLS-1$
        } finally {
            printer.dispose();
        }
        UiWait.until(() -> Files.isRegularFile(pdf));
        UiWait.settle();
        assertTrue(Files.size(pdf) > 1000, "the printed page holds the picture: " + Files.size(pdf) + " bytes"); //$NON-NLS-1$
    }

    private static MatrixView open(dev.cartograph.model.Portfolio portfolio, String name) throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(portfolio, name);
        TestWorkbench.open(file);
        MatrixView view = TestWorkbench.show(ScoringUi.MATRIX_VIEW_ID);
        int count = (int) portfolio.getUseCases().size();
        UiWait.until(() -> view.getMatrix().specs().size() > 0 && view.getMatrix().specs().size() <= count);
        UiWait.settle();
        return view;
    }

    /**
     * Saves the matrix view, maximised, as a PNG, when the {@code cartograph.screenshots}
     * system property names a folder (the README's screenshots are taken so).
     */
    public static void screenshot(MatrixView view, String name) throws Exception {
        String folder = System.getProperty("cartograph.screenshots"); //$NON-NLS-1$
        if (folder == null || folder.isBlank()) {
            return;
        }
        IWorkbenchPage page = TestWorkbench.page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.settle();
        try {
            Control control = view.getMatrix().getChart().getParent();
            control.redraw();
            control.update();
            UiWait.settle();
            Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
            Image image = new Image(control.getDisplay(), bounds.width, bounds.height);
            GC gc = new GC(control.getDisplay());
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                Files.createDirectories(Path.of(folder));
                loader.save(Path.of(folder, name + ".png").toString(), SWT.IMAGE_PNG); //$NON-NLS-1$
            } finally {
                gc.dispose();
                image.dispose();
            }
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
            UiWait.settle();
        }
    }
}
