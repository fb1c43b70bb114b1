// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ui.internal.ScoreArea;

/**
 * The matrix's density view: the plane cut into cells, each counting the use cases that fall
 * in it, with the total of each quadrant. Each axis has {@link #BINS_PER_SIDE} equal bins on
 * either side of its threshold, so that every cell lies in one quadrant. Plain Java.
 */
public final class DensityGrid {

    /** Bins below and above each threshold. */
    public static final int BINS_PER_SIDE = 5;

    /**
     * A cell.
     *
     * @param column its column, 0 at the lowest feasibility
     * @param row its row, 0 at the lowest impact
     * @param area its scores
     * @param quadrant its quadrant
     * @param count how many use cases fall in it
     */
    public record Cell(int column, int row, ScoreArea area, Quadrant quadrant, int count) {
    }

    private final double[] feasibilityEdges;
    private final double[] impactEdges;
    private final int[][] counts;
    private final Map<Quadrant, Integer> totals = new EnumMap<>(Quadrant.class);
    private final double impactThreshold;
    private final double feasibilityThreshold;

    private DensityGrid(double impactThreshold, double feasibilityThreshold) {
        this.impactThreshold = impactThreshold;
        this.feasibilityThreshold = feasibilityThreshold;
        feasibilityEdges = edges(feasibilityThreshold);
        impactEdges = edges(impactThreshold);
        counts = new int[feasibilityEdges.length - 1][impactEdges.length - 1];
        for (Quadrant quadrant : Quadrant.values()) {
            totals.put(quadrant, 0);
        }
    }

    /**
     * @param specs the use cases on the matrix
     * @param impactThreshold the impact threshold
     * @param feasibilityThreshold the feasibility threshold
     * @return their counts per cell and per quadrant
     */
    public static DensityGrid of(List<BubbleSpec> specs, double impactThreshold, double feasibilityThreshold) {
        DensityGrid grid = new DensityGrid(impactThreshold, feasibilityThreshold);
        for (BubbleSpec spec : specs) {
            grid.counts[bin(grid.feasibilityEdges, spec.feasibility())][bin(grid.impactEdges, spec.impact())]++;
            Quadrant quadrant = Quadrant.of(spec.impact(), spec.feasibility(), impactThreshold, feasibilityThreshold);
            grid.totals.merge(quadrant, 1, Integer::sum);
        }
        return grid;
    }

    /** @return every cell, empty ones included, column by column */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (int column = 0; column < counts.length; column++) {
            for (int row = 0; row < counts[column].length; row++) {
                cells.add(cell(column, row));
            }
        }
        return cells;
    }

    /**
     * @param feasibility a feasibility
     * @param impact an impact
     * @return the cell of that point
     */
    public Cell cellAt(double feasibility, double impact) {
        return cell(bin(feasibilityEdges, feasibility), bin(impactEdges, impact));
    }

    /**
     * @param quadrant a quadrant
     * @return how many use cases fall in it
     */
    public int total(Quadrant quadrant) {
        return totals.get(quadrant);
    }

    /** @return the largest count of a cell */
    public int max() {
        int max = 0;
        for (int[] column : counts) {
            for (int count : column) {
                max = Math.max(max, count);
            }
        }
        return max;
    }

    private Cell cell(int column, int row) {
        ScoreArea area = new ScoreArea(feasibilityEdges[column], feasibilityEdges[column + 1], impactEdges[row],
                impactEdges[row + 1]);
        Quadrant quadrant = Quadrant.of(area.minImpact(), area.minFeasibility(), impactThreshold, feasibilityThreshold);
        return new Cell(column, row, area, quadrant, counts[column][row]);
    }

    /** @return the bin edges of an axis: equal bins from 0 to the threshold and from it to 100 */
    private static double[] edges(double threshold) {
        if (!(threshold > 0 && threshold < 100)) {
            double[] edges = new double[2 * BINS_PER_SIDE + 1];
            for (int i = 0; i < edges.length; i++) {
                edges[i] = 100.0 * i / (edges.length - 1);
            }
            return edges;
        }
        double[] edges = new double[2 * BINS_PER_SIDE + 1];
        for (int i = 0; i <= BINS_PER_SIDE; i++) {
            edges[i] = threshold * i / BINS_PER_SIDE;
            edges[BINS_PER_SIDE + i] = threshold + (100 - threshold) * i / BINS_PER_SIDE;
        }
        return edges;
    }

    private static int bin(double[] edges, double value) {
        for (int i = edges.length - 2; i > 0; i--) {
            if (value >= edges[i]) {
                return i;
            }
        }
        return 0;
    }
}
