// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;

/** Checks edge routes: present, orthogonal, from border to border, and how many cross a box. */
final class Routes {

    private static final double EPS = 0.5;

    /** What was found. */
    record Report(int edges, int crossings, String first) {
    }

    private Routes() {
    }

    static Report check(Diagram d) {
        return check(d, true);
    }

    static Report check(Diagram d, boolean orthogonal) {
        List<Node> boxes = d.allNodes().stream().filter(n -> !Invariants.hidden(n)).toList();
        int crossings = 0;
        String first = null;
        for (Edge e : d.edges()) {
            List<Point> route = e.route();
            assertTrue(route.size() >= 2, e + " is routed");
            assertTrue(onBorder(e.source().bounds(), route.get(0)), e + " starts on its source's border: " + route.get(0) + " " + e.source().bounds());
            assertTrue(onBorder(e.target().bounds(), route.get(route.size() - 1)), e + " ends on its target's border");
            boolean crosses = false;
            for (int i = 0; i + 1 < route.size(); i++) {
                Point a = route.get(i);
                Point b = route.get(i + 1);
                if (orthogonal) {
                    assertTrue(Math.abs(a.x() - b.x()) < 1e-6 || Math.abs(a.y() - b.y()) < 1e-6, e + " has a slanted segment " + a + " " + b);
                }
                for (Node n : boxes) {
                    if (n != e.source() && n != e.target() && !isAncestor(n, e) && crosses(a, b, n.bounds())) {
                        crosses = true;
                        if (first == null) {
                            first = e + " crosses " + n;
                        }
                    }
                }
            }
            crossings += crosses ? 1 : 0;
        }
        return new Report(d.edges().size(), crossings, first);
    }

    private static boolean isAncestor(Node n, Edge e) {
        for (Node p = e.source().parent(); p != null; p = p.parent()) {
            if (p == n) {
                return true;
            }
        }
        for (Node p = e.target().parent(); p != null; p = p.parent()) {
            if (p == n) {
                return true;
            }
        }
        return false;
    }

    static boolean onBorder(Bounds b, Point p) {
        boolean inside = p.x() >= b.x() - EPS && p.x() <= b.right() + EPS && p.y() >= b.y() - EPS && p.y() <= b.bottom() + EPS;
        boolean edge = Math.abs(p.x() - b.x()) < EPS || Math.abs(p.x() - b.right()) < EPS || Math.abs(p.y() - b.y()) < EPS || Math.abs(p.y() - b.bottom()) < EPS;
        return inside && edge;
    }

    /** @return whether the segment passes through the box's inside (a segment is a thin box) */
    static boolean crosses(Point a, Point b, Bounds box) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        if (maxX <= box.x() + EPS || minX >= box.right() - EPS || maxY <= box.y() + EPS || minY >= box.bottom() - EPS) {
            return false;
        }
        if (minX == maxX || minY == maxY) {
            return true;
        }
        // A slanted segment: clip it against the box (Liang-Barsky).
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = { -dx, dx, -dy, dy };
        double[] q = { a.x() - box.x() - EPS, box.right() - EPS - a.x(), a.y() - box.y() - EPS, box.bottom() - EPS - a.y() };
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }
}
