// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.render.NodeText;
import dev.cartograph.diagram.text.TextMetrics;

/** What every laid-out diagram must satisfy to be readable. */
final class Invariants {

    private static final double EPS = 1e-6;

    private Invariants() {
    }

    /** No two of the boxes share area (a sweep over x, so that 1,000 boxes stay fast). */
    static void noOverlap(List<Node> nodes) {
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingDouble(n -> n.bounds().x()));
        for (int i = 0; i < sorted.size(); i++) {
            Bounds a = sorted.get(i).bounds();
            for (int j = i + 1; j < sorted.size() && sorted.get(j).bounds().x() < a.right() - EPS; j++) {
                Bounds b = sorted.get(j).bounds();
                assertFalse(a.expand(-EPS).intersects(b.expand(-EPS)), sorted.get(i) + " " + a + " overlaps " + sorted.get(j) + " " + b);
            }
        }
    }

    /** Every node's wrapped text fits its box, and every child is inside its container. */
    static void textInsideBoxes(Diagram diagram, TextMetrics m) {
        for (Node node : diagram.allNodes()) {
            if (hidden(node)) {
                continue;
            }
            Bounds b = node.bounds();
            assertTrue(b.width() > 0 && b.height() > 0, node + " has a box");
            double inner = b.width() - 2 * NodeText.PADDING + EPS;
            for (String line : node.labelLines()) {
                assertTrue(m.width(line, NodeText.labelFont(node.style())) <= inner, node + ": '" + line + "' is wider than its box");
            }
            for (String line : node.detailLines()) {
                assertTrue(m.width(line, NodeText.detailFont(node.style())) <= inner, node + ": '" + line + "' is wider than its box");
            }
            if (!node.label().isEmpty()) {
                assertFalse(node.labelLines().isEmpty(), node + " shows its label");
            }
            double needed = NodeText.textHeight(node, m) + NodeText.badgeStrip(node, true, m) + NodeText.badgeStrip(node, false, m) + 2 * NodeText.PADDING;
            if (node.isContainer() && !node.isCollapsed()) {
                for (Node child : node.children()) {
                    assertTrue(contains(b, child.bounds()), child + " is inside " + node);
                    assertTrue(child.bounds().y() >= b.y() + needed - NodeText.PADDING - EPS, child + " is under the title of " + node);
                }
                noOverlap(node.children());
            } else {
                assertTrue(needed <= b.height() + EPS, node + " is too low for its text: " + needed + " > " + b.height());
            }
        }
    }

    /** @return whether the node is inside a collapsed container, so not shown */
    static boolean hidden(Node node) {
        for (Node p = node.parent(); p != null; p = p.parent()) {
            if (p.isCollapsed()) {
                return true;
            }
        }
        return false;
    }

    /** Everything is inside the diagram's bounds. */
    static void insideDiagram(Diagram diagram) {
        Bounds all = diagram.bounds();
        diagram.allNodes().stream().filter(n -> !hidden(n)).forEach(n -> assertTrue(contains(all, n.bounds()), n + " " + n.bounds() + " is outside " + all));
        diagram.bands().forEach(b -> assertTrue(contains(all, b.bounds()), b + " " + b.bounds() + " is outside " + all));
        diagram.curves().forEach(c -> assertTrue(contains(all, c.bounds()), c + " is outside " + all));
        if (diagram.legend() != null) {
            assertTrue(contains(all, diagram.legend().bounds()), "the legend is outside " + all);
        }
    }

    static boolean contains(Bounds outer, Bounds inner) {
        return inner.x() >= outer.x() - EPS && inner.y() >= outer.y() - EPS && inner.right() <= outer.right() + EPS && inner.bottom() <= outer.bottom() + EPS;
    }
}
