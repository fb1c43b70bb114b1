// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.render.BandHeader;
import dev.cartograph.diagram.render.TitleBlock;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * The workflow map's layout: steps in flow order from left to right along their edges
 * (branches, joins and loops back included), in swimlanes by actor.
 * <p>
 * The diagram's {@link BandKind#ROW} bands, in order, are the swimlanes; a node sits in the lane
 * its {@linkplain Node#lane() lane} names (nodes with an unknown lane in one more, unnamed, at
 * the bottom). The edges give each node a layer, its column along the flow, and an order within
 * the layer ({@link Layering}); the lanes and coordinates are this class's own, since ELK has no
 * swimlanes: each lane is as tall as the most nodes it has in one layer, stacked in layer order;
 * each layer as wide as its widest node. Between layers run vertical channels, and along the
 * bottom of each lane a corridor, where no box ever is; the edges are routed orthogonally
 * through them with a track of their own ({@link FlowRoutes}), so that no edge crosses a box.
 */
public final class LaneFlowLayout implements DiagramLayout {

    /** Who gives the nodes their layer and their order within it. */
    public enum Layering {
        /** Cartograph's own: linear time, model order kept (the default). */
        FLOW,
        /** ELK Layered (network simplex layering, layer sweep crossing minimisation, model order considered). */
        ELK
    }

    /** The width of a node that asks for none. */
    public static final double NODE_WIDTH = 176;
    /** The space between a lane's border and its nodes. */
    public static final double LANE_PADDING = 14;
    /** The gap between two nodes stacked in one lane and layer. */
    public static final double STACK_GAP = 18;

    private static final double LANE_MIN_HEIGHT = 64;
    private static final double SECTION_GAP = 12;
    private static final double LEGEND_MAX_WIDTH = 460;

    private final TextMetrics metrics;
    private final Layering layering;

    /** A lane flow layout with the standard metrics and Cartograph's layering. */
    public LaneFlowLayout() {
        this(TextMetrics.standard(), Layering.FLOW);
    }

    /**
     * @param metrics how text is measured
     * @param layering who assigns layers and orders
     */
    public LaneFlowLayout(TextMetrics metrics, Layering layering) {
        this.metrics = Objects.requireNonNull(metrics);
        this.layering = Objects.requireNonNull(layering);
    }

    @Override
    public void layout(Diagram diagram) {
        List<Node> nodes = Boxes.ordered(diagram.nodes());
        int n = nodes.size();
        Map<Node, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i), i);
        }
        List<Band> lanes = diagram.bands(BandKind.ROW);
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            laneIndex.put(lanes.get(i).id(), i);
        }
        int[] lane = new int[n];
        double[] widths = new double[n];
        double[] heights = new double[n];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            lane[i] = laneIndex.getOrDefault(node.lane(), lanes.size());
            widths[i] = Boxes.width(node, NODE_WIDTH, metrics);
            heights[i] = Boxes.place(node, 0, 0, widths[i], metrics);
        }
        List<Edge> edges = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (Edge edge : diagram.edges()) {
            Integer s = index.get(top(edge.source()));
            Integer t = index.get(top(edge.target()));
            if (s != null && t != null) {
                edges.add(edge);
                pairs.add(new int[] { s, t });
            }
        }
        FlowLayering.Result order = layering == Layering.ELK ? ElkLayering.layer(n, pairs, heights) : FlowLayering.layer(n, pairs);
        int layers = 0;
        for (int l : order.layer()) {
            layers = Math.max(layers, l + 1);
        }
        int laneCount = lanes.size() + (contains(lane, lanes.size()) ? 1 : 0);
        FlowRoutes routes = new FlowRoutes(nodes, lane, order.layer(), pairs, laneCount, layers);

        double top = TitleBlock.height(diagram, metrics) + SECTION_GAP;
        // Slot k of a lane is the k-th node of each of its layers: slots are as tall as their
        // tallest node, and nodes are centred in them, so that a straight flow stays straight.
        int[] slot = new int[n];
        int[][] used = new int[laneCount][layers];
        List<Integer> byRank = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byRank.add(i);
        }
        byRank.sort((a, b) -> order.layer()[a] != order.layer()[b] ? Integer.compare(order.layer()[a], order.layer()[b])
                : order.position()[a] != order.position()[b] ? Integer.compare(order.position()[a], order.position()[b]) : Integer.compare(a, b));
        List<List<Double>> slotHeights = new ArrayList<>();
        for (int l = 0; l < laneCount; l++) {
            slotHeights.add(new ArrayList<>());
        }
        for (int i : byRank) {
            slot[i] = used[lane[i]][order.layer()[i]]++;
            List<Double> heightsOfLane = slotHeights.get(lane[i]);
            while (heightsOfLane.size() <= slot[i]) {
                heightsOfLane.add(0.0);
            }
            heightsOfLane.set(slot[i], Math.max(heightsOfLane.get(slot[i]), heights[i]));
        }
        double[] laneTop = new double[laneCount + 1];
        laneTop[0] = top;
        double[][] slotTop = new double[laneCount][];
        for (int l = 0; l < laneCount; l++) {
            List<Double> heightsOfLane = slotHeights.get(l);
            slotTop[l] = new double[heightsOfLane.size()];
            double cursor = laneTop[l] + LANE_PADDING;
            for (int k = 0; k < heightsOfLane.size(); k++) {
                slotTop[l][k] = cursor;
                cursor += heightsOfLane.get(k) + STACK_GAP;
            }
            double tallest = heightsOfLane.isEmpty() ? 0 : cursor - STACK_GAP - laneTop[l] - LANE_PADDING;
            double height = Math.max(LANE_MIN_HEIGHT, 2 * LANE_PADDING + tallest + routes.corridorHeight(l));
            if (l < lanes.size()) {
                height = Math.max(height, BandHeader.rowTextHeight(lanes.get(l), metrics) + routes.corridorHeight(l));
            }
            laneTop[l + 1] = laneTop[l] + height;
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = slotTop[lane[i]][slot[i]] + (slotHeights.get(lane[i]).get(slot[i]) - heights[i]) / 2;
        }

        double[] layerWidth = new double[layers];
        for (int i = 0; i < n; i++) {
            layerWidth[order.layer()[i]] = Math.max(layerWidth[order.layer()[i]], widths[i]);
        }
        routes.assignChannels(y, heights);
        double left = TitleBlock.MARGIN;
        double x = left + BandHeader.ROW_HEADER_WIDTH + routes.channelWidth(-1);
        double[] layerX = new double[layers];
        for (int l = 0; l < layers; l++) {
            layerX[l] = x;
            x += layerWidth[l] + routes.channelWidth(l);
        }
        double right = Math.max(x, left + BandHeader.ROW_HEADER_WIDTH + 2 * NODE_WIDTH);
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            int l = order.layer()[i];
            Boxes.place(node, layerX[l] + (layerWidth[l] - widths[i]) / 2, y[i], widths[i], metrics);
        }
        for (int l = 0; l < lanes.size(); l++) {
            lanes.get(l).setBounds(new Bounds(left, laneTop[l], right - left, laneTop[l + 1] - laneTop[l]));
        }
        double[] laneBottom = new double[laneCount];
        for (int l = 0; l < laneCount; l++) {
            laneBottom[l] = laneTop[l + 1];
        }
        routes.route(edges, layerX, layerWidth, laneBottom, STACK_GAP);
        for (Edge edge : diagram.edges()) {
            if (edge.route().size() < 2) {
                Boxes.straightRoutes(List.of(edge));
            }
        }
        double gridBottom = laneTop[laneCount];
        Bounds legend = Boxes.legend(diagram, left, gridBottom + 2 * SECTION_GAP, Math.min(LEGEND_MAX_WIDTH, right - left), metrics);
        Boxes.finish(diagram, Math.max(right, legend != null ? legend.right() : 0), legend != null ? legend.bottom() : gridBottom, metrics);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static Node top(Node node) {
        Node n = node;
        while (n.parent() != null) {
            n = n.parent();
        }
        return n;
    }
}
