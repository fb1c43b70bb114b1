// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;

/**
 * Finds the element under a point or in an area of a laid-out diagram: a grid of square cells,
 * each listing the elements whose bounds touch it, so that a hit costs a few comparisons
 * whatever the size of the diagram.
 * <p>
 * What a click picks, from the top: the innermost node, then an edge (within a tolerance of
 * its route), then a band that stands for a model element. Decorations (bands without a model
 * element, curves) are not picked.
 */
public final class ElementIndex {

    private static final double CELL = 256;

    private final List<DiagramElement> ranked = new ArrayList<>();
    private final Map<DiagramElement, Integer> rank = new HashMap<>();
    private final Map<Long, List<DiagramElement>> cells = new HashMap<>();

    /** @param diagram a laid-out diagram */
    public ElementIndex(Diagram diagram) {
        List<Node> nodes = diagram.allNodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            add(nodes.get(i), nodes.get(i).bounds());
        }
        for (Edge edge : diagram.edges()) {
            add(edge, routeBounds(edge));
        }
        List<Band> bands = diagram.bands();
        for (int i = bands.size() - 1; i >= 0; i--) {
            if (bands.get(i).semantic() != null) {
                add(bands.get(i), bands.get(i).bounds());
            }
        }
    }

    private void add(DiagramElement element, Bounds b) {
        if (b.width() <= 0 && b.height() <= 0) {
            return;
        }
        rank.put(element, ranked.size());
        ranked.add(element);
        for (int cx = cell(b.x()); cx <= cell(b.right()); cx++) {
            for (int cy = cell(b.y()); cy <= cell(b.bottom()); cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(element);
            }
        }
    }

    private static Bounds routeBounds(Edge edge) {
        List<Point> route = edge.route();
        if (route.isEmpty()) {
            return Bounds.EMPTY;
        }
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Point p : route) {
            left = Math.min(left, p.x());
            top = Math.min(top, p.y());
            right = Math.max(right, p.x());
            bottom = Math.max(bottom, p.y());
        }
        return new Bounds(left, top, right - left, bottom - top);
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }

    /**
     * @param x diagram x
     * @param y diagram y
     * @param tolerance how far from an edge's route still hits it, in diagram units
     * @return the topmost element there, or {@code null}
     */
    public DiagramElement at(double x, double y, double tolerance) {
        List<DiagramElement> candidates = cells.getOrDefault(key(cell(x), cell(y)), List.of());
        DiagramElement best = null;
        int bestRank = Integer.MAX_VALUE;
        for (DiagramElement e : candidates) {
            int r = rank.get(e);
            if (r < bestRank && hits(e, x, y, tolerance)) {
                best = e;
                bestRank = r;
            }
        }
        return best;
    }

    private static boolean hits(DiagramElement e, double x, double y, double tolerance) {
        if (e instanceof Edge edge) {
            List<Point> route = edge.route();
            for (int i = 1; i < route.size(); i++) {
                if (distance(route.get(i - 1), route.get(i), x, y) <= tolerance) {
                    return true;
                }
            }
            return false;
        }
        return e.bounds().contains(x, y);
    }

    private static double distance(Point a, Point b, double x, double y) {
        double vx = b.x() - a.x();
        double vy = b.y() - a.y();
        double length = vx * vx + vy * vy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * vx + (y - a.y()) * vy) / length));
        return Math.hypot(a.x() + t * vx - x, a.y() + t * vy - y);
    }

    /**
     * @param area diagram bounds
     * @return the nodes entirely inside the area, topmost first
     */
    public List<Node> nodesIn(Bounds area) {
        Set<DiagramElement> found = new LinkedHashSet<>();
        for (int cx = cell(area.x()); cx <= cell(area.right()); cx++) {
            for (int cy = cell(area.y()); cy <= cell(area.bottom()); cy++) {
                for (DiagramElement e : cells.getOrDefault(key(cx, cy), List.of())) {
                    if (e instanceof Node && inside(e.bounds(), area)) {
                        found.add(e);
                    }
                }
            }
        }
        List<Node> nodes = new ArrayList<>();
        found.forEach(e -> nodes.add((Node) e));
        nodes.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
        return Collections.unmodifiableList(nodes);
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.right() <= outer.right()
                && inner.bottom() <= outer.bottom();
    }
}
