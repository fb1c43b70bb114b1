// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.IAxis;

import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ui.internal.Messages;

/** Saves what the matrix shows, as a PNG image or as an SVG drawing. */
public final class MatrixExport {

    private static final int LEFT = 64;
    private static final int TOP = 16;
    private static final int RIGHT = 20;
    private static final int BOTTOM = 70;

    private MatrixExport() {
    }

    /**
     * Saves the chart as it is on screen.
     *
     * @param matrix the matrix
     * @param file the PNG file to write
     */
    public static void writePng(MatrixChart matrix, Path file) {
        matrix.getChart().save(file.toString(), SWT.IMAGE_PNG);
    }

    /**
     * Saves what the chart shows as an SVG drawing of the same size of plot.
     *
     * @param matrix the matrix
     * @param file the SVG file to write
     * @throws IOException if the file cannot be written
     */
    public static void writeSvg(MatrixChart matrix, Path file) throws IOException {
        Files.writeString(file, SvgWriter.write(picture(matrix)), StandardCharsets.UTF_8);
    }

    /**
     * @param matrix the matrix
     * @return what it shows, in the coordinates of a picture with room for the axes and legend
     */
    public static MatrixPicture picture(MatrixChart matrix) {
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
                quadrant(Quadrant.STRATEGIC_BET, 0, 0, tx, ty, false, true),
                quadrant(Quadrant.QUICK_WIN, tx, 0, size.x - tx, ty, true, true),
                quadrant(Quadrant.DROP, 0, ty, tx, size.y - ty, false, false),
                quadrant(Quadrant.FILL_IN, tx, ty, size.x - tx, size.y - ty, true, false));
        List<MatrixPicture.Bubble> bubbles = new ArrayList<>();
        for (BubbleLayout.Placed placed : layout.bubbles()) {
            BubbleSpec spec = placed.spec();
            bubbles.add(new MatrixPicture.Bubble(LEFT + placed.x(), TOP + placed.y(), placed.radius(),
                    MatrixColors.of(spec.scope()), !(spec.effect() > 0), spec.isGated(),
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
                xTicks, yTicks, quadrants, LEFT + tx, TOP + ty, bubbles, labels, legend());
    }

    /** @return the legend's entries, as the view shows them */
    static List<MatrixPicture.LegendEntry> legend() {
        return List.of(new MatrixPicture.LegendEntry(MatrixColors.INTERNAL, false, false, Messages.Matrix_legendInternal),
                new MatrixPicture.LegendEntry(MatrixColors.EXTERNAL, false, false, Messages.Matrix_legendExternal),
                new MatrixPicture.LegendEntry(MatrixColors.INTERNAL, true, false, Messages.Matrix_legendNoEffect),
                new MatrixPicture.LegendEntry(MatrixColors.INTERNAL, false, true, Messages.Matrix_legendGated));
    }

    private static MatrixPicture.Quadrant quadrant(Quadrant quadrant, int left, int top, int width, int height,
            boolean right, boolean upper) {
        return new MatrixPicture.Quadrant(new MatrixPicture.Rect(LEFT + left, TOP + top, width, height),
                MatrixColors.tint(quadrant), quadrant.label(), right, upper);
    }
}
