// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Cartograph's own layering of a flow, linear in the size of the graph: cycles are broken by a
 * depth-first search in model order (an edge back to a step still being visited is a loop
 * back), each step goes one layer right of its furthest predecessor (longest path), and the
 * steps of a layer are ordered by a few barycentre sweeps starting from model order, ties kept
 * in model order. The same graph always gives the same result, and a small edit changes little.
 */
final class FlowLayering {

    /** For each node, its layer (from 0, left to right) and its rank within the layer. */
    record Result(int[] layer, int[] position) {
    }

    private static final int SWEEPS = 4;

    private FlowLayering() {
    }

    /**
     * @param count the number of nodes, in model order
     * @param edges pairs of node indices (source, target), in model order; self loops are ignored
     * @return the layers and positions
     */
    static Result layer(int count, List<int[]> edges) {
        int[][] out = adjacency(count, edges, true);
        boolean[] back = backEdges(count, edges, out);
        List<int[]> forward = new ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            int[] edge = edges.get(e);
            if (edge[0] != edge[1]) {
                forward.add(back[e] ? new int[] { edge[1], edge[0] } : edge);
            }
        }
        int[] layer = longestPath(count, forward);
        int[] position = order(count, forward, layer);
        return new Result(layer, position);
    }

    /** @return for each node, the edge indices leaving it (or entering it), in model order */
    private static int[][] adjacency(int count, List<int[]> edges, boolean outgoing) {
        int[] degree = new int[count];
        for (int[] e : edges) {
            degree[outgoing ? e[0] : e[1]]++;
        }
        int[][] adj = new int[count][];
        for (int i = 0; i < count; i++) {
            adj[i] = new int[degree[i]];
        }
        Arrays.fill(degree, 0);
        for (int e = 0; e < edges.size(); e++) {
            int from = edges.get(e)[outgoing ? 0 : 1];
            adj[from][degree[from]++] = e;
        }
        return adj;
    }

    /** An iterative depth-first search in model order; marks the edges that close a cycle. */
    private static boolean[] backEdges(int count, List<int[]> edges, int[][] out) {
        boolean[] back = new boolean[edges.size()];
        byte[] state = new byte[count];
        int[] stack = new int[count];
        int[] next = new int[count];
        for (int root = 0; root < count; root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            state[root] = 1;
            while (depth > 0) {
                int v = stack[depth - 1];
                if (next[v] < out[v].length) {
                    int e = out[v][next[v]++];
                    int w = edges.get(e)[1];
                    if (state[w] == 1) {
                        back[e] = true;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        stack[depth++] = w;
                    }
                } else {
                    state[v] = 2;
                    depth--;
                }
            }
        }
        return back;
    }

    /** Longest path from the sources, in a topological order (Kahn's, smallest index first). */
    private static int[] longestPath(int count, List<int[]> forward) {
        int[][] out = adjacency(count, forward, true);
        int[] indegree = new int[count];
        for (int[] e : forward) {
            indegree[e[1]]++;
        }
        int[] layer = new int[count];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < count; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] source = new boolean[count];
        for (int i = 0; i < count; i++) {
            source[i] = indegree[i] == 0;
        }
        while (!ready.isEmpty()) {
            int v = ready.poll();
            for (int e : out[v]) {
                int w = forward.get(e)[1];
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--indegree[w] == 0) {
                    ready.add(w);
                }
            }
        }
        // A start that feeds a late step moves right, next to it, instead of trailing a long edge.
        for (int v = 0; v < count; v++) {
            if (source[v] && out[v].length > 0) {
                int nearest = Integer.MAX_VALUE;
                for (int e : out[v]) {
                    nearest = Math.min(nearest, layer[forward.get(e)[1]]);
                }
                layer[v] = Math.max(layer[v], nearest - 1);
            }
        }
        return layer;
    }

    /** Barycentre sweeps, left to right then right to left, from model order. */
    private static int[] order(int count, List<int[]> forward, int[] layer) {
        int layers = 0;
        for (int l : layer) {
            layers = Math.max(layers, l + 1);
        }
        List<List<Integer>> byLayer = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            byLayer.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            byLayer.get(layer[i]).add(i);
        }
        int[][] in = adjacency(count, forward, false);
        int[][] out = adjacency(count, forward, true);
        int[] position = new int[count];
        byLayer.forEach(nodes -> number(nodes, position));
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean rightwards = sweep % 2 == 0;
            for (int k = 1; k < layers; k++) {
                int l = rightwards ? k : layers - 1 - k;
                List<Integer> nodes = byLayer.get(l);
                double[] key = new double[count];
                for (int v : nodes) {
                    key[v] = barycentre(v, rightwards ? in[v] : out[v], forward, rightwards ? 0 : 1, layer[v] + (rightwards ? -1 : 1), layer, position);
                }
                nodes.sort(Comparator.<Integer>comparingDouble(v -> key[v]).thenComparingInt(v -> v));
                number(nodes, position);
            }
        }
        return position;
    }

    private static void number(List<Integer> nodes, int[] position) {
        for (int i = 0; i < nodes.size(); i++) {
            position[nodes.get(i)] = i;
        }
    }

    /** @return the mean rank of the neighbours in the adjacent layer, or the node's own rank without any */
    private static double barycentre(int v, int[] edges, List<int[]> forward, int end, int adjacentLayer, int[] layer, int[] position) {
        double sum = 0;
        int n = 0;
        for (int e : edges) {
            int w = forward.get(e)[end];
            if (layer[w] == adjacentLayer) {
                sum += position[w];
                n++;
            }
        }
        return n == 0 ? position[v] : sum / n;
    }
}
