// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Asks ELK Layered for the layer of each node (its column, left to right along the flow) and its
 * position within the layer (crossing minimisation), model order considered so that a small
 * edit reorders little. Only these two numbers are kept: lanes, coordinates and routes are the
 * caller's.
 */
final class ElkLayering {

    private ElkLayering() {
    }

    /** ELK's meta data service registers the option types ELK copies; without OSGi nobody else does. */
    private static final class Service {
        static final LayoutMetaDataService INSTANCE = LayoutMetaDataService.getInstance();
    }

    /**
     * @param count the number of nodes, in model order
     * @param edges pairs of node indices (source, target); self loops are ignored
     * @param heights the nodes' heights, to give ELK the proportions of the picture
     * @return the layers and positions
     */
    static FlowLayering.Result layer(int count, List<int[]> edges, double[] heights) {
        int[] layer = new int[count];
        int[] position = new int[count];
        if (count == 0) {
            return new FlowLayering.Result(layer, position);
        }
        Objects.requireNonNull(Service.INSTANCE);
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        graph.setProperty(LayeredOptions.GENERATE_POSITION_AND_LAYER_IDS, true);
        graph.setProperty(LayeredOptions.RANDOM_SEED, 1);
        List<ElkNode> nodes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setDimensions(40, Math.max(10, heights[i]));
            nodes.add(node);
        }
        for (int[] edge : edges) {
            if (edge[0] != edge[1]) {
                ElkGraphUtil.createSimpleEdge(nodes.get(edge[0]), nodes.get(edge[1]));
            }
        }
        new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());
        for (int i = 0; i < count; i++) {
            ElkNode node = nodes.get(i);
            layer[i] = node.getProperty(LayeredOptions.LAYERING_LAYER_ID);
            position[i] = node.getProperty(LayeredOptions.CROSSING_MINIMIZATION_POSITION_ID);
        }
        return new FlowLayering.Result(layer, position);
    }
}
