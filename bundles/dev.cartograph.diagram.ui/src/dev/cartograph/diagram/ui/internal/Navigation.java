// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;

/**
 * Keyboard navigation between the elements of a diagram: the Tab order (the bands that stand for
 * model elements, in order, then the nodes in reading order, top to bottom and left to right),
 * and the element an arrow key leads to (the nearest in that direction, preferring those in
 * line).
 */
public final class Navigation {

    /** An arrow key's direction. */
    public enum Direction {
        LEFT, RIGHT, UP, DOWN
    }

    private final List<DiagramElement> order = new ArrayList<>();
    private final List<Node> nodes;
    private final List<Band> bands = new ArrayList<>();

    /** @param diagram a laid-out diagram */
    public Navigation(Diagram diagram) {
        for (Band band : diagram.bands()) {
            if (band.semantic() != null && band.bounds().width() > 0) {
                bands.add(band);
            }
        }
        bands.sort(Comparator.comparing((Band b) -> b.bandKind()).thenComparingInt(Band::order));
        nodes = new ArrayList<>(diagram.allNodes().stream().filter(n -> n.bounds().width() > 0).toList());
        nodes.sort(Comparator.comparingDouble((Node n) -> Math.round(n.bounds().y())).thenComparingDouble(n -> n.bounds().x()));
        order.addAll(bands);
        order.addAll(nodes);
    }

    /** @return every element a user can reach with the keyboard, in Tab order */
    public List<DiagramElement> order() {
        return order;
    }

    /**
     * @param from the focused element, or {@code null}
     * @param forward Tab (true) or Shift+Tab
     * @return the next element in Tab order, or {@code null} past the last (or before the first)
     */
    public DiagramElement tab(DiagramElement from, boolean forward) {
        if (order.isEmpty()) {
            return null;
        }
        int i = from == null ? -1 : order.indexOf(from);
        if (i < 0) {
            return forward ? order.get(0) : order.get(order.size() - 1);
        }
        int next = i + (forward ? 1 : -1);
        return next >= 0 && next < order.size() ? order.get(next) : null;
    }

    /**
     * @param from the focused element, or {@code null} (then the first element)
     * @param direction the arrow pressed
     * @return the element it leads to, or {@code null} if none lies that way
     */
    public DiagramElement move(DiagramElement from, Direction direction) {
        if (from == null) {
            return order.isEmpty() ? null : order.get(0);
        }
        if (from instanceof Band band) {
            return fromBand(band, direction);
        }
        DiagramElement found = nearest(from.bounds(), direction, nodes, from);
        if (found == null && from instanceof Node node) {
            found = enclosingBand(node, direction);
        }
        return found;
    }

    private DiagramElement fromBand(Band band, Direction direction) {
        boolean alongColumns = band.bandKind() == BandKind.COLUMN;
        boolean sideways = direction == Direction.LEFT || direction == Direction.RIGHT;
        if (band.bandKind() != BandKind.REGION && alongColumns == sideways) {
            List<Band> same = bands.stream().filter(b -> b.bandKind() == band.bandKind()).toList();
            int i = same.indexOf(band) + (direction == Direction.RIGHT || direction == Direction.DOWN ? 1 : -1);
            return i >= 0 && i < same.size() ? same.get(i) : null;
        }
        List<Node> inside = nodes.stream().filter(n -> band.bounds().intersects(n.bounds())).toList();
        if (inside.isEmpty()) {
            return nearest(band.bounds(), direction, bands, band);
        }
        return direction == Direction.UP || direction == Direction.LEFT ? inside.get(inside.size() - 1) : inside.get(0);
    }

    private Band enclosingBand(Node node, Direction direction) {
        BandKind wanted = direction == Direction.UP ? BandKind.COLUMN : direction == Direction.LEFT ? BandKind.ROW : null;
        if (wanted == null) {
            return null;
        }
        for (Band b : bands) {
            if (b.bandKind() == wanted && b.bounds().intersects(node.bounds())) {
                return b;
            }
        }
        return null;
    }

    private static <T extends DiagramElement> T nearest(Bounds from, Direction direction, List<T> candidates,
            DiagramElement self) {
        T best = null;
        double bestScore = Double.MAX_VALUE;
        for (T c : candidates) {
            if (c == self || contains(c.bounds(), from) || contains(from, c.bounds())) {
                continue;
            }
            double score = score(from, c.bounds(), direction);
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.x() >= outer.x() && inner.right() <= outer.right() && inner.y() >= outer.y()
                && inner.bottom() <= outer.bottom();
    }

    /** @return how far a candidate is in a direction (MAX_VALUE if it is not that way) */
    static double score(Bounds from, Bounds to, Direction direction) {
        boolean horizontal = direction == Direction.LEFT || direction == Direction.RIGHT;
        double along = switch (direction) {
            case RIGHT -> to.center().x() - from.center().x();
            case LEFT -> from.center().x() - to.center().x();
            case DOWN -> to.center().y() - from.center().y();
            case UP -> from.center().y() - to.center().y();
        };
        if (along <= 1) {
            return Double.MAX_VALUE;
        }
        double gap = horizontal ? gap(from.y(), from.bottom(), to.y(), to.bottom())
                : gap(from.x(), from.right(), to.x(), to.right());
        return along + 3 * gap;
    }

    private static double gap(double a0, double a1, double b0, double b1) {
        return Math.max(0, Math.max(b0 - a1, a0 - b1));
    }
}
