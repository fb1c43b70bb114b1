// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swtchart.IAxis;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ui.internal.Messages;

/** Saves what the matrix shows, with its title and legend, as a PNG image or as an SVG drawing, atomically. */
public final class MatrixExport {

    private static final int LEFT = 64;
    private static final int TOP = 36;
    private static final int RIGHT = 20;
    private static final int BOTTOM = 84;

    private MatrixExport() {
    }

    /**
     * Saves what the chart shows, with its title, axes, quadrant names and legend, as a PNG
     * image: the SVG drawing of {@link #writeSvg}, rasterised by SWT.
     *
     * @param matrix the matrix
     * @param title the title written above the plot
     * @param file the PNG file to write
     * @throws IOException if the file cannot be written
     */
    public static void writePng(MatrixChart matrix, String title, Path file) throws IOException {
        byte[] svg = SvgWriter.write(picture(matrix, title)).getBytes(StandardCharsets.UTF_8);
        ImageLoader loader = new ImageLoader();
        loader.load(new ByteArrayInputStream(svg));
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".matrix", ".png"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            loader.save(temporary.toString(), SWT.IMAGE_PNG);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Saves what the chart shows as an SVG drawing of the same size of plot, with its title,
     * axes, quadrant names and legend.
     *
     * @param matrix the matrix
     * @param title the title written above the plot
     * @param file the SVG file to write
     * @throws IOException if the file cannot be written
     */
    public static void writeSvg(MatrixChart matrix, String title, Path file) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".matrix", ".svg"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.writeString(temporary, SvgWriter.write(picture(matrix, title)), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * @param portfolio a portfolio
     * @return the folder of its file on disk (where its exports are first proposed), or
     *         {@code null} when it has none
     */
    public static Path folderOf(Portfolio portfolio) {
        Resource resource = portfolio == null ? null : portfolio.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null) {
            return null;
        }
        Path file = null;
        if (uri.isPlatformResource()) {
            IPath location = ResourcesPlugin.getWorkspace().getRoot()
                    .getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true))).getLocation();
            file = location == null ? null : location.toFile().toPath();
        } else if (uri.isFile()) {
            file = Path.of(uri.toFileString());
        }
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    /**
     * @param matrix the matrix
     * @param title the title written above the plot, or {@code null}
     * @return what it shows, in the coordinates of a picture with room for the title, axes and legend
     */
    public static MatrixPicture picture(MatrixChart matrix, String title) {
        Point size = matrix.plotControl().getSize();
        BubbleLayout.Result layout = matrix.layout();
        IAxis x = matrix.getChart().getAxisSet().getXAxis(0);
        IAxis y = matrix.getChart().getAxisSet().getYAxis(0);
        DecimalFormat format = new DecimalFormat("0"); //$NON-NLS-1$
        List<MatrixPicture.Tick> xTicks = new ArrayList<>();
        for (double value : x.getTick().getTickLabelValues()) {
            xTicks.add(new MatrixPicture.Tick(LEFT + x.getPixelCoordinate(value), format.format(value)));
        }
        List<MatrixPicture.Tick> yTicks = new ArrayList<>();
        for (double value : y.getTick().getTickLabelValues()) {
            yTicks.add(new MatrixPicture.Tick(TOP + y.getPixelCoordinate(value), format.format(value)));
        }
        int tx = x.getPixelCoordinate(matrix.feasibilityThreshold());
        int ty = y.getPixelCoordinate(matrix.impactThreshold());
        List<MatrixPicture.Quadrant> quadrants = List.of(
                quadrant(matrix, Quadrant.STRATEGIC_BET, 0, 0, tx, ty, false, true),
                quadrant(matrix, Quadrant.QUICK_WIN, tx, 0, size.x - tx, ty, true, true),
                quadrant(matrix, Quadrant.DROP, 0, ty, tx, size.y - ty, false, false),
                quadrant(matrix, Quadrant.FILL_IN, tx, ty, size.x - tx, size.y - ty, true, false));
        List<MatrixPicture.Cell> cells = new ArrayList<>();
        DensityGrid density = matrix.density();
        if (density != null) {
            int max = Math.max(1, density.max());
            for (DensityGrid.Cell cell : density.cells()) {
                if (cell.count() > 0) {
                    int[] r = matrix.bounds(cell);
                    cells.add(new MatrixPicture.Cell(new MatrixPicture.Rect(LEFT + r[0], TOP + r[1], r[2], r[3]),
                            cell.count(), Math.sqrt(cell.count() / (double) max), matrix.describe(cell)));
                }
            }
        }
        List<MatrixPicture.Bubble> bubbles = new ArrayList<>();
        for (BubbleLayout.Placed placed : density == null ? layout.bubbles() : List.<BubbleLayout.Placed>of()) {
            BubbleSpec spec = placed.spec();
            bubbles.add(new MatrixPicture.Bubble(LEFT + placed.x(), TOP + placed.y(), placed.radius(),
                    MatrixColors.of(spec.scope()), !(spec.effect() > 0), spec.isGated(), spec.isPartial(),
                    matrix.isShownSelected(spec.useCase()), matrix.describe(spec)));
        }
        List<MatrixPicture.Text> labels = new ArrayList<>();
        for (BubbleLayout.Label label : layout.labels()) {
            int[] leader = label.leader() == null ? null : new int[] { LEFT + label.leader()[0],
                    TOP + label.leader()[1], LEFT + label.leader()[2], TOP + label.leader()[3] };
            labels.add(new MatrixPicture.Text(LEFT + label.x(), TOP + label.y(), label.width(), label.height(),
                    label.text(), leader));
        }
        return new MatrixPicture(LEFT + size.x + RIGHT, TOP + size.y + BOTTOM,
                new MatrixPicture.Rect(LEFT, TOP, size.x, size.y), Messages.Matrix_feasibility, Messages.Matrix_impact,
                xTicks, yTicks, quadrants, LEFT + tx, TOP + ty, bubbles, labels,
                density == null ? legend() : List.of(), title == null ? null : title + " \u2014 " //$NON-NLS-1$
                        + matrix.getChart().getTitle().getText(), cells,
                density == null ? Messages.Matrix_legendSize : Messages.Matrix_legendDensity);
    }

    /** @return the legend's entries, as the view shows them */
    static List<MatrixPicture.LegendEntry> legend() {
        return List.of(new MatrixPicture.LegendEntry(MatrixColors.INTERNAL, false, false, false, Messages.Matrix_legendInternal),
                new MatrixPicture.LegendEntry(MatrixColors.EXTERNAL, false, false, false, Messages.Matrix_legendExternal),
                new MatrixPicture.LegendEntry(MatrixColors.INTERNAL, true, false, false, Messages.Matrix_legendNoEffect),
                new MatrixPicture.LegendEntry(MatrixColors.INTERNAL, false, true, false, Messages.Matrix_legendGated),
                new MatrixPicture.LegendEntry(MatrixColors.INTERNAL, false, false, true, Messages.Matrix_legendPartial));
    }

    private static MatrixPicture.Quadrant quadrant(MatrixChart matrix, Quadrant quadrant, int left, int top, int width,
            int height, boolean right, boolean upper) {
        return new MatrixPicture.Quadrant(new MatrixPicture.Rect(LEFT + left, TOP + top, width, height),
                MatrixColors.tint(quadrant), matrix.quadrantName(quadrant), right, upper);
    }

    /**
     * Prints what the chart shows, as {@link #writePng} draws it (title, axes, quadrant names,
     * legend), on one page, fitted within half-inch margins and centred.
     *
     * @param printer the printer (not disposed here)
     * @param matrix the matrix
     * @param title the title written above the plot, also the print job's name
     */
    public static void print(Printer printer, MatrixChart matrix, String title) {
        byte[] svg = SvgWriter.write(picture(matrix, title)).getBytes(StandardCharsets.UTF_8);
        ImageData data = new ImageLoader().load(new ByteArrayInputStream(svg))[0];
        if (!printer.startJob(NLS.bind(Messages.Matrix_printJob, title))) {
            throw new IllegalStateException(NLS.bind(Messages.Matrix_printFailed, title));
        }
        Image image = new Image(printer, data);
        GC gc = new GC(printer);
        try {
            printer.startPage();
            Rectangle page = printer.getClientArea();
            Point dpi = printer.getDPI();
            int mx = dpi.x / 2;
            int my = dpi.y / 2;
            double scale = Math.min((page.width - 2.0 * mx) / data.width, (page.height - 2.0 * my) / data.height);
            int width = (int) Math.round(data.width * scale);
            int height = (int) Math.round(data.height * scale);
            gc.drawImage(image, 0, 0, data.width, data.height, page.x + (page.width - width) / 2, page.y + my, width,
                    height);
            printer.endPage();
            printer.endJob();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
