// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.List;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.diagram.render.FontSpec;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * Diagrams laid out by hand for the viewer's tests: a grid of column bands (stages, which stand
 * for model elements) and lanes, with one node per cell and an edge from each node to the next
 * in its lane. Geometry: lane headers 120 wide, column headers 40 high, cells 200 x 90, nodes
 * 160 x 56 centred in their cell.
 */
final class TestDiagrams {

    /** A model element, as a map would give the viewer. */
    record Thing(String name) {
    }

    static final double HEADER_X = 120;
    static final double HEADER_Y = 40;
    static final double CELL_W = 200;
    static final double CELL_H = 90;
    static final double NODE_W = 160;
    static final double NODE_H = 56;
    static final Rgb FRICTION = Rgb.of(0xfde68a);

    private TestDiagrams() {
    }

    /**
     * @param lanes rows
     * @param columns columns
     * @param longLabel a label for the node of lane 0, column 0 (shortened to two lines), or
     *            {@code null}
     * @return the diagram, laid out
     */
    static Diagram grid(int lanes, int columns, String longLabel) {
        Diagram d = new Diagram("test-grid"); //$NON-NLS-1$
        d.setTitle("Test journey"); //$NON-NLS-1$
        for (int c = 0; c < columns; c++) {
            Band stage = new Band("stage-" + c, "stage", new Thing("Stage " + c), BandKind.COLUMN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            stage.setLabel("Stage " + c); //$NON-NLS-1$
            stage.setOrder(c);
            stage.setBounds(new Bounds(HEADER_X + c * CELL_W, 0, CELL_W, HEADER_Y + lanes * CELL_H));
            d.add(stage);
        }
        for (int r = 0; r < lanes; r++) {
            Band lane = new Band("lane-" + r, "lane", null, BandKind.ROW); //$NON-NLS-1$ //$NON-NLS-2$
            lane.setLabel("Lane " + r); //$NON-NLS-1$
            lane.setOrder(r);
            lane.setBounds(new Bounds(0, HEADER_Y + r * CELL_H, HEADER_X + columns * CELL_W, CELL_H));
            d.add(lane);
        }
        Style style = Style.DEFAULT.withFill(FRICTION).withShape(NodeShape.ROUNDED);
        for (int r = 0; r < lanes; r++) {
            Node previous = null;
            for (int c = 0; c < columns; c++) {
                String label = r == 0 && c == 0 && longLabel != null ? longLabel : "Friction " + r + "." + c; //$NON-NLS-1$ //$NON-NLS-2$
                Node n = new Node(id(r, c), "friction", new Thing(label)); //$NON-NLS-1$
                n.setLabel(label);
                n.setLane("lane-" + r); //$NON-NLS-1$
                n.setColumn("stage-" + c); //$NON-NLS-1$
                n.setOrder(c);
                n.setStyle(c % 3 == 2 ? style.withPattern(FillPattern.HATCH) : style);
                n.details().add("severity " + (1 + (r + c) % 5)); //$NON-NLS-1$
                double x = HEADER_X + c * CELL_W + (CELL_W - NODE_W) / 2;
                double y = HEADER_Y + r * CELL_H + (CELL_H - NODE_H) / 2;
                n.setBounds(new Bounds(x, y, NODE_W, NODE_H));
                FontSpec font = FontSpec.of(n.style());
                n.setLabelLines(TextMetrics.standard().wrap(label, font, NODE_W - 16, 2));
                n.setDetailLines(List.copyOf(n.details()));
                d.add(n);
                if (previous != null) {
                    Edge e = new Edge("e-" + previous.id() + "-" + n.id(), "successor", null, previous, n); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    e.setRoute(List.of(new Point(previous.bounds().right(), previous.bounds().center().y()),
                            new Point(n.bounds().x(), n.bounds().center().y())));
                    d.add(e);
                }
                previous = n;
            }
        }
        d.setBounds(new Bounds(0, 0, HEADER_X + columns * CELL_W, HEADER_Y + lanes * CELL_H));
        return d;
    }

    static String id(int lane, int column) {
        return "n-" + lane + "-" + column; //$NON-NLS-1$ //$NON-NLS-2$
    }

    static Node node(Diagram d, int lane, int column) {
        return (Node) d.find(id(lane, column));
    }
}
