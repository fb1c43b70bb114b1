// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.render.LegendBlock;
import dev.cartograph.diagram.render.NodeText;
import dev.cartograph.diagram.render.Shapes;
import dev.cartograph.diagram.render.TitleBlock;
import dev.cartograph.diagram.text.TextMetrics;

/** What the layouts share: sizing boxes to their text, stacking children, the final bounds. */
final class Boxes {

    /** The lowest a box is. */
    static final double MIN_HEIGHT = 36;
    /** The space between stacked boxes. */
    static final double GAP = 8;

    private Boxes() {
    }

    /** @return the nodes by {@link Node#order()}, ties in their list order */
    static List<Node> ordered(List<Node> nodes) {
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingInt(Node::order));
        return sorted;
    }

    /**
     * Sizes a node to a width and places it at (x, y): its text is wrapped to the width; an open
     * container stacks its children under its title.
     *
     * @return the node's height
     */
    static double place(Node node, double x, double y, double width, TextMetrics metrics) {
        double w = Math.max(width, NodeText.minWidth(node, metrics));
        double height = NodeText.fit(node, w, metrics);
        if (!node.isContainer() || node.isCollapsed()) {
            height = Math.max(MIN_HEIGHT, height);
        } else {
            double cy = y + height;
            for (Node child : ordered(node.children())) {
                cy += place(child, x + NodeText.PADDING, cy, w - 2 * NodeText.PADDING, metrics) + GAP;
            }
            height = cy - y - GAP + NodeText.PADDING;
        }
        node.setBounds(new Bounds(x, y, w, height));
        return height;
    }

    /** Moves a node and everything inside it. */
    static void move(Node node, double dx, double dy) {
        node.setBounds(node.bounds().translate(dx, dy));
        for (Node child : node.children()) {
            move(child, dx, dy);
        }
    }

    /**
     * @param node a node
     * @param metrics text metrics
     * @return the width it needs at least: its width hint or a default, its badges
     */
    static double width(Node node, double defaultWidth, TextMetrics metrics) {
        return Math.max(node.widthHint() > 0 ? node.widthHint() : defaultWidth, NodeText.minWidth(node, metrics));
    }

    /** Gives the edges still without a route a straight one between their ends' borders. */
    static void straightRoutes(Diagram diagram) {
        straightRoutes(diagram.edges());
    }

    /** Gives edges a straight route between their ends' borders. */
    static void straightRoutes(List<Edge> edges) {
        for (Edge edge : edges) {
            Bounds s = edge.source().bounds();
            Bounds t = edge.target().bounds();
            edge.setRoute(List.of(Shapes.border(s, t.center()), Shapes.border(t, s.center())));
        }
    }

    /**
     * Places the legend at (x, y), at most {@code maxWidth} wide.
     *
     * @return its bounds, or {@code null} without a legend
     */
    static Bounds legend(Diagram diagram, double x, double y, double maxWidth, TextMetrics metrics) {
        Legend legend = diagram.legend();
        if (legend == null) {
            return null;
        }
        Bounds size = LegendBlock.measure(legend, metrics, maxWidth);
        Bounds b = new Bounds(x, y, size.width(), size.height());
        legend.setBounds(b);
        return b;
    }

    /** Sets the diagram's bounds: from the origin to the content's right and bottom, plus a margin. */
    static void finish(Diagram diagram, double right, double bottom, TextMetrics metrics) {
        double width = Math.max(right + TitleBlock.MARGIN, TitleBlock.width(diagram, metrics));
        diagram.setBounds(new Bounds(0, 0, Math.ceil(width), Math.ceil(bottom + TitleBlock.MARGIN)));
    }
}
