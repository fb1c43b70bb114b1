// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.render.Shapes;

/**
 * Routes edges between placed nodes orthogonally around the other boxes, with few bends: a
 * shortest path (A*, each bend costing extra) on the grid of lines that run a margin away from
 * every box's sides (the Hanan grid of the obstacles).
 * <p>
 * The boxes an edge must avoid are all the nodes except its two ends and their containers;
 * inside a container of one of its ends, that container's other children are avoided, so an
 * edge from a use case in one workflow to a step in another leaves its own workflow and enters
 * the other one without crossing any step or third workflow on the way. The route leaves the
 * source from the side facing the target and enters the target the same way. Only the boxes
 * near the two ends are considered first; if no route exists among them, all are. An edge for
 * which no route exists at all (boxes touching all round) gets a straight line.
 */
public final class OrthogonalRouter {

    /** How far routes keep from the boxes they pass. */
    public static final double MARGIN = 5;

    private static final double BEND = 24;
    private static final double LOCAL = 240;
    private static final int[] DX = { 1, 0, -1, 0 };
    private static final int[] DY = { 0, 1, 0, -1 };

    /**
     * Routes every edge of a diagram whose nodes are placed.
     *
     * @param diagram the diagram
     */
    public void route(Diagram diagram) {
        for (Edge edge : diagram.edges()) {
            edge.setRoute(route(diagram, edge));
        }
    }

    /**
     * @param diagram a diagram with placed nodes
     * @param edge one of its edges
     * @return its route, from the source's border to the target's
     */
    public List<Point> route(Diagram diagram, Edge edge) {
        Bounds s = edge.source().bounds();
        Bounds t = edge.target().bounds();
        if (edge.source() == edge.target()) {
            return selfLoop(s);
        }
        List<Bounds> all = new ArrayList<>();
        obstacles(diagram.nodes(), edge, all);
        Bounds near = s.union(t).expand(LOCAL);
        List<Bounds> local = all.stream().filter(near::intersects).toList();
        List<Point> route = search(s, t, local);
        if (route == null && local.size() < all.size()) {
            route = search(s, t, all);
        }
        return route != null ? route : List.of(Shapes.border(s, t.center()), Shapes.border(t, s.center()));
    }

    private static void obstacles(List<Node> nodes, Edge edge, List<Bounds> out) {
        for (Node n : nodes) {
            if (n == edge.source() || n == edge.target()) {
                continue;
            }
            if (isAncestor(n, edge.source()) || isAncestor(n, edge.target())) {
                obstacles(n.children(), edge, out);
            } else {
                out.add(n.bounds());
            }
        }
    }

    private static boolean isAncestor(Node container, Node node) {
        for (Node p = node.parent(); p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    private static List<Point> selfLoop(Bounds b) {
        double x = b.right() - Math.min(20, b.width() / 4);
        double y = b.y() + Math.min(12, b.height() / 3);
        return List.of(new Point(x, b.y()), new Point(x, b.y() - 2 * MARGIN), new Point(b.right() + 2 * MARGIN, b.y() - 2 * MARGIN),
                new Point(b.right() + 2 * MARGIN, y), new Point(b.right(), y));
    }

    /** @return the side (index into DX/DY) of a box facing a point */
    private static int side(Bounds from, Bounds to) {
        double dx = to.center().x() - from.center().x();
        double dy = to.center().y() - from.center().y();
        boolean apartX = to.x() >= from.right() + 2 * MARGIN || to.right() <= from.x() - 2 * MARGIN;
        boolean apartY = to.y() >= from.bottom() + 2 * MARGIN || to.bottom() <= from.y() - 2 * MARGIN;
        if (apartX && (!apartY || Math.abs(dx) >= Math.abs(dy))) {
            return dx >= 0 ? 0 : 2;
        }
        return dy >= 0 ? 1 : 3;
    }

    private static Point port(Bounds b, int side, double out) {
        Point c = b.center();
        return switch (side) {
            case 0 -> new Point(b.right() + out, c.y());
            case 1 -> new Point(c.x(), b.bottom() + out);
            case 2 -> new Point(b.x() - out, c.y());
            default -> new Point(c.x(), b.y() - out);
        };
    }

    private static List<Point> search(Bounds s, Bounds t, List<Bounds> obstacles) {
        int sideS = side(s, t);
        int sideT = side(t, s);
        List<Bounds> blocks = new ArrayList<>(obstacles);
        blocks.add(s);
        blocks.add(t);
        Point[] starts = new Point[4];
        Point[] ends = new Point[4];
        for (int d = 0; d < 4; d++) {
            starts[d] = port(s, d, MARGIN);
            ends[d] = port(t, d, MARGIN);
        }
        Grid grid = new Grid(blocks, starts, ends);
        int[] path = grid.shortest(starts, sideS, ends, sideT);
        if (path == null) {
            return null;
        }
        List<Point> route = new ArrayList<>();
        route.add(port(s, path[0], 0));
        for (int i = 2; i < path.length; i++) {
            route.add(grid.point(path[i]));
        }
        route.add(port(t, path[1], 0));
        return simplify(route);
    }

    /** @return the route without repeated points and without points in the middle of a straight run */
    static List<Point> simplify(List<Point> route) {
        List<Point> out = new ArrayList<>();
        for (Point p : route) {
            if (!out.isEmpty() && out.get(out.size() - 1).equals(p)) {
                continue;
            }
            if (out.size() >= 2) {
                Point a = out.get(out.size() - 2);
                Point b = out.get(out.size() - 1);
                if ((a.x() == b.x() && b.x() == p.x()) || (a.y() == b.y() && b.y() == p.y())) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /** The Hanan grid of the obstacles grown by the margin, with what is blocked. */
    private static final class Grid {

        final double[] xs;
        final double[] ys;
        final boolean[] blockedPoint;
        final boolean[] blockedH;
        final boolean[] blockedV;

        Grid(List<Bounds> blocks, Point[] starts, Point[] ends) {
            TreeSet<Double> x = new TreeSet<>();
            TreeSet<Double> y = new TreeSet<>();
            for (Bounds b : blocks) {
                x.add(b.x() - MARGIN);
                x.add(b.right() + MARGIN);
                y.add(b.y() - MARGIN);
                y.add(b.bottom() + MARGIN);
            }
            for (Point p : starts) {
                x.add(p.x());
                y.add(p.y());
            }
            for (Point p : ends) {
                x.add(p.x());
                y.add(p.y());
            }
            xs = x.stream().mapToDouble(Double::doubleValue).toArray();
            ys = y.stream().mapToDouble(Double::doubleValue).toArray();
            blockedPoint = new boolean[xs.length * ys.length];
            blockedH = new boolean[xs.length * ys.length];
            blockedV = new boolean[xs.length * ys.length];
            for (Bounds b : blocks) {
                int i0 = Arrays.binarySearch(xs, b.x() - MARGIN);
                int i1 = Arrays.binarySearch(xs, b.right() + MARGIN);
                int j0 = Arrays.binarySearch(ys, b.y() - MARGIN);
                int j1 = Arrays.binarySearch(ys, b.bottom() + MARGIN);
                for (int i = i0; i <= i1; i++) {
                    for (int j = j0; j <= j1; j++) {
                        int k = i * ys.length + j;
                        boolean insideX = i > i0 && i < i1;
                        boolean insideY = j > j0 && j < j1;
                        blockedPoint[k] |= insideX && insideY;
                        blockedH[k] |= i < i1 && insideY;
                        blockedV[k] |= insideX && j < j1;
                    }
                }
            }
        }

        int index(Point p) {
            return Arrays.binarySearch(xs, p.x()) * ys.length + Arrays.binarySearch(ys, p.y());
        }

        Point point(int k) {
            return new Point(xs[k / ys.length], ys[k % ys.length]);
        }

        /**
         * A* over (point, direction) from the stubs of the source's four sides to those of the
         * target's: leaving from a side other than the one facing the target, or entering by
         * one, costs two bends; each bend costs {@link #BEND}.
         *
         * @return the side left by, the side entered by, then the grid points; or null
         */
        int[] shortest(Point[] starts, int startSide, Point[] ends, int endSide) {
            int n = xs.length * ys.length;
            int[] goal = new int[4];
            for (int d = 0; d < 4; d++) {
                goal[d] = index(ends[d]);
            }
            double[] cost = new double[n * 4];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            int[] previous = new int[n * 4];
            Arrays.fill(previous, -1);
            PriorityQueue<double[]> open = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[2], b[2]));
            long counter = 0;
            for (int d = 0; d < 4; d++) {
                int state = index(starts[d]) * 4 + d;
                double c = d == startSide ? 0 : 2 * BEND;
                if (c < cost[state]) {
                    cost[state] = c;
                    open.add(new double[] { c + heuristic(state / 4, goal), state, counter++ });
                }
            }
            while (!open.isEmpty()) {
                double[] top = open.poll();
                int state = (int) top[1];
                int k = state / 4;
                int dir = state % 4;
                if (top[0] > cost[state] + heuristic(k, goal) + 1e-9) {
                    continue;
                }
                int arrived = arrival(k, dir, goal);
                if (arrived >= 0) {
                    int[] states = path(previous, state);
                    int[] result = new int[states.length + 2];
                    result[0] = states[0] % 4;
                    result[1] = arrived;
                    for (int i = 0; i < states.length; i++) {
                        result[i + 2] = states[i] / 4;
                    }
                    return result;
                }
                int i = k / ys.length;
                int j = k % ys.length;
                for (int d = 0; d < 4; d++) {
                    int ni = i + DX[d];
                    int nj = j + DY[d];
                    if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ys.length) {
                        continue;
                    }
                    int nk = ni * ys.length + nj;
                    boolean blocked = d == 0 ? blockedH[k] : d == 2 ? blockedH[nk] : d == 1 ? blockedV[k] : blockedV[nk];
                    if (blocked || (blockedPoint[nk] && arrival(nk, d, goal) < 0)) {
                        continue;
                    }
                    double step = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]) + (d == dir ? 0 : BEND);
                    int side = arrival(nk, d, goal);
                    if (side >= 0 && side != endSide) {
                        step += 2 * BEND;
                    }
                    int ns = nk * 4 + d;
                    if (cost[state] + step < cost[ns] - 1e-9) {
                        cost[ns] = cost[state] + step;
                        previous[ns] = state;
                        open.add(new double[] { cost[ns] + heuristic(nk, goal), ns, counter++ });
                    }
                }
            }
            return null;
        }

        /** @return the target side whose stub this is, reached moving towards the target, or -1 */
        private static int arrival(int k, int dir, int[] goal) {
            for (int side = 0; side < 4; side++) {
                if (goal[side] == k && dir == (side + 2) % 4) {
                    return side;
                }
            }
            return -1;
        }

        private double heuristic(int k, int[] goal) {
            double best = Double.POSITIVE_INFINITY;
            for (int g : goal) {
                best = Math.min(best, heuristic(k, g));
            }
            return best;
        }

        private double heuristic(int k, int to) {
            return Math.abs(xs[k / ys.length] - xs[to / ys.length]) + Math.abs(ys[k % ys.length] - ys[to % ys.length]);
        }

        /** @return the states from a start to this one */
        private static int[] path(int[] previous, int state) {
            List<Integer> states = new ArrayList<>();
            for (int s = state; s != -1; s = previous[s]) {
                states.add(s);
            }
            int[] path = new int[states.size()];
            for (int i = 0; i < path.length; i++) {
                path[i] = states.get(path.length - 1 - i);
            }
            return path;
        }
    }
}
