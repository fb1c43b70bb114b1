// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.render.BandHeader;
import dev.cartograph.diagram.render.NodeText;
import dev.cartograph.diagram.render.TitleBlock;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * The portfolio map's layout: the diagram's {@link BandKind#REGION} bands one under the other,
 * in order (internal high-volume, internal long-tail, external workflows, journeys...), all as
 * wide as each other; in each, the top-level nodes whose {@linkplain Node#lane() lane} names it
 * (workflows and journeys), packed left to right in rows, in {@linkplain Node#order() order}.
 * <p>
 * An open container shows its children (steps, stages) side by side under its title, wrapping
 * to a new row past {@link #CONTAINER_ROW_WIDTH}; each child stacks its own children (the use
 * cases pinned on a step, the frictions of a stage) under its label. A
 * {@linkplain Node#isCollapsed() collapsed} container is one small box with its badges (its
 * counts). Nodes of no known region go under the regions. Edges (traces across containers) are
 * routed by the {@link OrthogonalRouter}, around every box but their ends.
 */
public final class RegionLayout implements DiagramLayout {

    /** The narrowest the regions are. */
    public static final double MIN_WIDTH = 1100;
    /** The widest a container's rows of children grow before wrapping. */
    public static final double CONTAINER_ROW_WIDTH = 960;
    /** The gap between containers, and between the children of a container. */
    public static final double GAP = 20;
    /** The width of a child (step, stage) that asks for none. */
    public static final double CHILD_WIDTH = 150;
    /** The width of a collapsed container that asks for none. */
    public static final double COLLAPSED_WIDTH = 210;

    private static final double REGION_PADDING = 14;
    private static final double CHILD_GAP = 10;
    private static final double SECTION_GAP = 12;
    private static final double LEGEND_MAX_WIDTH = 460;
    private static final double MAX_WIDTH = 6000;
    private static final double ASPECT = 2.2;

    private final TextMetrics metrics;
    private final OrthogonalRouter router = new OrthogonalRouter();

    /** A region layout with the standard metrics. */
    public RegionLayout() {
        this(TextMetrics.standard());
    }

    /** @param metrics how text is measured */
    public RegionLayout(TextMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics);
    }

    @Override
    public void layout(Diagram diagram) {
        List<Band> regions = diagram.bands(BandKind.REGION);
        Map<String, List<Node>> byRegion = new LinkedHashMap<>();
        regions.forEach(r -> byRegion.put(r.id(), new ArrayList<>()));
        List<Node> stray = new ArrayList<>();
        double area = 0;
        double widest = 0;
        for (Node node : Boxes.ordered(diagram.nodes())) {
            size(node);
            area += (node.bounds().width() + GAP) * (node.bounds().height() + GAP);
            widest = Math.max(widest, node.bounds().width());
            List<Node> region = byRegion.get(node.lane());
            (region != null ? region : stray).add(node);
        }
        double width = Math.max(widest, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.sqrt(area * ASPECT))));
        double left = TitleBlock.MARGIN;
        double y = TitleBlock.height(diagram, metrics) + SECTION_GAP;
        double regionWidth = width + 2 * REGION_PADDING;
        for (Band region : regions) {
            double header = BandHeader.height(region, regionWidth, metrics);
            double bottom = pack(byRegion.get(region.id()), left + REGION_PADDING, y + header + REGION_PADDING / 2, width) + REGION_PADDING;
            region.setBounds(new Bounds(left, y, regionWidth, Math.max(bottom - y, header + 2 * REGION_PADDING)));
            y = region.bounds().bottom() + SECTION_GAP;
        }
        if (!stray.isEmpty()) {
            y = pack(stray, left + REGION_PADDING, y, width) + SECTION_GAP;
        }
        router.route(diagram);
        double contentBottom = y - SECTION_GAP;
        Bounds legend = Boxes.legend(diagram, left, contentBottom + 2 * SECTION_GAP, Math.min(LEGEND_MAX_WIDTH, regionWidth), metrics);
        Boxes.finish(diagram, Math.max(left + regionWidth, legend != null ? legend.right() : 0), legend != null ? legend.bottom() : contentBottom,
                metrics);
    }

    /** Places the nodes in rows from (x, y), at most {@code width} wide. @return the bottom of the last row */
    private static double pack(List<Node> nodes, double x, double y, double width) {
        double cx = x;
        double rowTop = y;
        double rowBottom = y;
        for (Node node : nodes) {
            Bounds b = node.bounds();
            if (cx > x && cx + b.width() > x + width) {
                cx = x;
                rowTop = rowBottom + GAP;
            }
            Boxes.move(node, cx - b.x(), rowTop - b.y());
            cx += b.width() + GAP;
            rowBottom = Math.max(rowBottom, rowTop + b.height());
        }
        return rowBottom;
    }

    /** Sizes a top-level node at the origin: a collapsed or empty one as a box, an open one round its children. */
    private void size(Node node) {
        if (!node.isContainer() || node.isCollapsed()) {
            Boxes.place(node, 0, 0, Boxes.width(node, COLLAPSED_WIDTH, metrics), metrics);
            return;
        }
        List<Node> children = Boxes.ordered(node.children());
        double cx = 0;
        double rowTop = 0;
        double rowBottom = 0;
        double right = 0;
        for (Node child : children) {
            double w = Boxes.width(child, CHILD_WIDTH, metrics);
            if (cx > 0 && cx + w > CONTAINER_ROW_WIDTH) {
                cx = 0;
                rowTop = rowBottom + CHILD_GAP;
            }
            double h = Boxes.place(child, cx, rowTop, w, metrics);
            cx += w + CHILD_GAP;
            right = Math.max(right, cx - CHILD_GAP);
            rowBottom = Math.max(rowBottom, rowTop + h);
        }
        double inner = Math.max(right, Boxes.width(node, CHILD_WIDTH, metrics) - 2 * NodeText.PADDING);
        double w = inner + 2 * NodeText.PADDING;
        double header = NodeText.fit(node, w, metrics);
        for (Node child : children) {
            Boxes.move(child, NodeText.PADDING, header);
        }
        node.setBounds(new Bounds(0, 0, w, header + rowBottom + NodeText.PADDING));
    }
}
