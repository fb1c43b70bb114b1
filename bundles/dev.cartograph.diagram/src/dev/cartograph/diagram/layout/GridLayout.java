// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Curve;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.render.BandHeader;
import dev.cartograph.diagram.render.TitleBlock;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * The journey map's layout: a grid, no graph layout. The columns are the diagram's
 * {@link BandKind#COLUMN} bands in order (the stages), the rows its {@link BandKind#ROW} bands in
 * order (touchpoints, frictions, use cases); each node sits in the cell of its
 * {@linkplain Node#column() column} and {@linkplain Node#lane() lane}, stacked with the other
 * nodes of the cell in {@linkplain Node#order() order}, as wide as the column.
 * <p>
 * A column is as wide as its widest node asks ({@linkplain Node#widthHint() width hint}, badges)
 * and a row as tall as its fullest cell; a column {@linkplain Band#isApart() set apart} (after
 * the journey) has a wider gap before it. Above the columns, each curve gets a strip with one
 * point per column it has a value for; the legend goes under the grid. Nodes whose lane or
 * column is not a band of the diagram go in a row of their own under the others, so nothing is
 * lost. Edges are routed by the {@link OrthogonalRouter}, around the other boxes.
 */
public final class GridLayout implements DiagramLayout {

    /** The narrowest a node is when it asks for no width. */
    public static final double NODE_WIDTH = 170;
    /** The space between a cell's border and its nodes. */
    public static final double CELL_PADDING = 10;
    /** The gap between two columns. */
    public static final double COLUMN_GAP = 6;
    /** The gap before a column set apart. */
    public static final double APART_GAP = 40;
    /** The height of a curve's strip. */
    public static final double CURVE_HEIGHT = 96;

    private static final double LANE_MIN_HEIGHT = 56;
    private static final double CURVE_TOP = 34;
    private static final double CURVE_BOTTOM = 10;
    private static final double SECTION_GAP = 12;
    private static final double LEGEND_MAX_WIDTH = 460;
    private static final String UNPLACED = "\u0000unplaced"; //$NON-NLS-1$

    private final TextMetrics metrics;

    /** A grid layout with the standard metrics. */
    public GridLayout() {
        this(TextMetrics.standard());
    }

    /** @param metrics how text is measured */
    public GridLayout(TextMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics);
    }

    @Override
    public void layout(Diagram diagram) {
        List<Band> columns = diagram.bands(BandKind.COLUMN);
        List<String> rows = new ArrayList<>(diagram.bands(BandKind.ROW).stream().map(Band::id).toList());
        Map<String, Map<String, List<Node>>> cells = cells(diagram, columns, rows);
        List<String> columnIds = columns.stream().map(Band::id).toList();
        List<String> used = new ArrayList<>(columnIds.isEmpty() ? List.of(UNPLACED) : columnIds);

        double left = TitleBlock.MARGIN;
        double gridLeft = left + (rows.isEmpty() ? 0 : BandHeader.ROW_HEADER_WIDTH);
        Map<String, Double> xs = new HashMap<>();
        Map<String, Double> widths = new HashMap<>();
        double x = gridLeft;
        for (int i = 0; i < used.size(); i++) {
            String column = used.get(i);
            Band band = column.equals(UNPLACED) ? null : columns.get(i);
            x += band != null && band.isApart() && i > 0 ? APART_GAP : COLUMN_GAP;
            double width = NODE_WIDTH;
            for (Map<String, List<Node>> row : cells.values()) {
                for (Node node : row.getOrDefault(column, List.of())) {
                    width = Math.max(width, Boxes.width(node, NODE_WIDTH, metrics));
                }
            }
            xs.put(column, x);
            widths.put(column, width + 2 * CELL_PADDING);
            x += width + 2 * CELL_PADDING;
        }
        double right = x + COLUMN_GAP;

        double y = TitleBlock.height(diagram, metrics) + SECTION_GAP;
        double curveTop = y;
        y += diagram.curves().size() * CURVE_HEIGHT;
        double headerTop = y;
        double header = 0;
        for (Band band : columns) {
            header = Math.max(header, BandHeader.height(band, widths.get(band.id()), metrics));
        }
        y += header;

        Map<String, double[]> rowSpans = new LinkedHashMap<>();
        for (String row : cells.keySet()) {
            double top = y;
            double bottom = top + LANE_MIN_HEIGHT;
            Band band = row.equals(UNPLACED) ? null : (Band) diagram.find(row);
            if (band != null) {
                bottom = Math.max(bottom, top + BandHeader.rowTextHeight(band, metrics));
            }
            for (String column : used) {
                double cy = top + CELL_PADDING;
                for (Node node : cells.get(row).getOrDefault(column, List.of())) {
                    cy += Boxes.place(node, xs.get(column) + CELL_PADDING, cy, widths.get(column) - 2 * CELL_PADDING, metrics) + Boxes.GAP;
                }
                bottom = Math.max(bottom, cy - Boxes.GAP + CELL_PADDING);
            }
            rowSpans.put(row, new double[] { top, bottom });
            y = bottom;
        }
        double gridBottom = Math.max(y, headerTop + header + LANE_MIN_HEIGHT);

        for (Map.Entry<String, double[]> row : rowSpans.entrySet()) {
            if (!row.getKey().equals(UNPLACED)) {
                double[] span = row.getValue();
                diagram.find(row.getKey()).setBounds(new Bounds(left, span[0], right - left, span[1] - span[0]));
            }
        }
        for (Band band : columns) {
            band.setBounds(new Bounds(xs.get(band.id()), headerTop, widths.get(band.id()), gridBottom - headerTop));
        }
        for (int i = 0; i < diagram.curves().size(); i++) {
            curve(diagram, diagram.curves().get(i), new Bounds(gridLeft, curveTop + i * CURVE_HEIGHT, right - gridLeft, CURVE_HEIGHT - SECTION_GAP / 2), xs,
                    widths);
        }
        new OrthogonalRouter().route(diagram);
        Bounds legend = Boxes.legend(diagram, left, gridBottom + SECTION_GAP * 2, Math.min(LEGEND_MAX_WIDTH, right - left), metrics);
        double bottom = legend != null ? legend.bottom() : gridBottom;
        Boxes.finish(diagram, Math.max(right, legend != null ? legend.right() : 0), bottom, metrics);
    }

    /** @return for each row (the bands' ids in order, then the unplaced row if needed), each column's nodes in order */
    private static Map<String, Map<String, List<Node>>> cells(Diagram diagram, List<Band> columns, List<String> rows) {
        Map<String, Map<String, List<Node>>> cells = new LinkedHashMap<>();
        rows.forEach(r -> cells.put(r, new HashMap<>()));
        List<String> columnIds = columns.stream().map(Band::id).toList();
        for (Node node : Boxes.ordered(diagram.nodes())) {
            String column = columnIds.contains(node.column()) ? node.column() : columnIds.isEmpty() ? UNPLACED : null;
            String row = rows.contains(node.lane()) && column != null ? node.lane() : UNPLACED;
            if (column == null) {
                column = columnIds.get(0);
            }
            cells.computeIfAbsent(row, r -> new HashMap<>()).computeIfAbsent(column, c -> new ArrayList<>()).add(node);
        }
        return cells;
    }

    private void curve(Diagram diagram, Curve curve, Bounds strip, Map<String, Double> xs, Map<String, Double> widths) {
        curve.setBounds(strip);
        List<Point> points = new ArrayList<>();
        double top = strip.y() + CURVE_TOP;
        double height = strip.height() - CURVE_TOP - CURVE_BOTTOM;
        for (Band column : diagram.bands(BandKind.COLUMN)) {
            Double value = curve.values().get(column.id());
            if (value != null) {
                double v = Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
                points.add(new Point(xs.get(column.id()) + widths.get(column.id()) / 2, top + (1 - v) * height));
            }
        }
        curve.setPoints(points);
    }
}
