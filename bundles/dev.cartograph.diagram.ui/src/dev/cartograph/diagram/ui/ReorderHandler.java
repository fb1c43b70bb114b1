// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;

/**
 * Dragging an element to another place among its siblings (stages along the journey, steps in
 * their lane): the siblings of a node are the nodes of the same container, lane and column; those
 * of a band, the bands of the same kind. While the user drags inside their area, a bar shows
 * where the element would go; letting go calls the callback with its new index.
 */
public final class ReorderHandler implements DragParticipant {

    private static final double BAR = 3;

    /** What a map says about reordering. */
    public interface Callback {

        /**
         * @param element an element the user pressed on
         * @return whether it may be moved among its siblings
         */
        boolean canReorder(DiagramElement element);

        /**
         * The user moved an element among its siblings.
         *
         * @param element the element moved
         * @param index its new index in {@code siblings}
         * @param siblings the element and its siblings, in the order shown (before the move)
         */
        void reorder(DiagramElement element, int index, List<DiagramElement> siblings);
    }

    /** Where a drop would put the element. */
    private record Move(int index, List<DiagramElement> siblings) {
    }

    private final DiagramViewer viewer;
    private final Callback callback;

    /**
     * Installs itself on a viewer (after the participants added before, such as a
     * {@link DropHandler}, which win when both accept a place).
     *
     * @param viewer the viewer
     * @param callback what may be moved, and what a move does
     */
    public ReorderHandler(DiagramViewer viewer, Callback callback) {
        this.viewer = viewer;
        this.callback = callback;
        viewer.addDragParticipant(this);
    }

    /** Uninstalls itself. */
    public void dispose() {
        viewer.removeDragParticipant(this);
    }

    @Override
    public boolean canDrag(DiagramElement source) {
        return (source instanceof Node || source instanceof Band) && callback.canReorder(source);
    }

    @Override
    public DragFeedback dragOver(DiagramElement source, Point at, DiagramElement under) {
        Diagram diagram = viewer.getDiagram();
        if (diagram == null) {
            return null;
        }
        List<DiagramElement> siblings = siblings(diagram, source);
        if (siblings.size() < 2 || !area(diagram, source, siblings).contains(at.x(), at.y())) {
            return null;
        }
        boolean horizontal = horizontal(source, siblings);
        List<DiagramElement> others = new ArrayList<>(siblings);
        others.remove(source);
        int index = 0;
        for (DiagramElement o : others) {
            double c = horizontal ? o.bounds().center().x() : o.bounds().center().y();
            if (c < (horizontal ? at.x() : at.y())) {
                index++;
            }
        }
        if (index == siblings.indexOf(source)) {
            return null;
        }
        return new DragFeedback(null, bar(source, others, index, horizontal), new Move(index, siblings));
    }

    @Override
    public void drop(DiagramElement source, DragFeedback feedback) {
        Move move = (Move) feedback.data();
        callback.reorder(source, move.index(), move.siblings());
    }

    private static List<DiagramElement> siblings(Diagram diagram, DiagramElement source) {
        List<DiagramElement> result = new ArrayList<>();
        if (source instanceof Node node) {
            List<Node> pool = node.parent() == null ? diagram.nodes() : node.parent().children();
            for (Node n : pool) {
                if (Objects.equals(n.lane(), node.lane()) && Objects.equals(n.column(), node.column())) {
                    result.add(n);
                }
            }
        } else if (source instanceof Band band) {
            for (Band b : diagram.bands()) {
                if (b.bandKind() == band.bandKind() && b.kind().equals(band.kind())) {
                    result.add(b);
                }
            }
        }
        boolean horizontal = horizontal(source, result);
        result.sort(Comparator.comparingDouble(e -> horizontal ? e.bounds().center().x() : e.bounds().center().y()));
        return result;
    }

    private static boolean horizontal(DiagramElement source, List<DiagramElement> siblings) {
        if (source instanceof Band band) {
            return band.bandKind() == dev.cartograph.diagram.BandKind.COLUMN;
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DiagramElement e : siblings) {
            Point c = e.bounds().center();
            minX = Math.min(minX, c.x());
            maxX = Math.max(maxX, c.x());
            minY = Math.min(minY, c.y());
            maxY = Math.max(maxY, c.y());
        }
        return maxX - minX >= maxY - minY;
    }

    /** @return where the pointer must be for a move: the container, lane and column of the siblings */
    private static Bounds area(Diagram diagram, DiagramElement source, List<DiagramElement> siblings) {
        Bounds union = siblings.get(0).bounds();
        for (DiagramElement e : siblings) {
            union = union.union(e.bounds());
        }
        if (source instanceof Node node) {
            Bounds area = node.parent() != null ? node.parent().bounds() : null;
            area = within(area, band(diagram, node.lane()));
            area = within(area, band(diagram, node.column()));
            return area != null ? area : union.expand(24);
        }
        return union;
    }

    private static Bounds band(Diagram diagram, String id) {
        DiagramElement band = id == null ? null : diagram.find(id);
        return band instanceof Band ? band.bounds() : null;
    }

    private static Bounds within(Bounds a, Bounds b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        double left = Math.max(a.x(), b.x());
        double top = Math.max(a.y(), b.y());
        return new Bounds(left, top, Math.max(0, Math.min(a.right(), b.right()) - left),
                Math.max(0, Math.min(a.bottom(), b.bottom()) - top));
    }

    private static Bounds bar(DiagramElement source, List<DiagramElement> others, int index, boolean horizontal) {
        Bounds s = source.bounds();
        Bounds before = index > 0 ? others.get(index - 1).bounds() : null;
        Bounds after = index < others.size() ? others.get(index).bounds() : null;
        double at;
        if (horizontal) {
            at = before != null && after != null ? (before.right() + after.x()) / 2
                    : before != null ? before.right() + 4 : after.x() - 4;
            Bounds ref = after != null ? after : before;
            return new Bounds(at - BAR / 2, Math.min(s.y(), ref.y()), BAR, Math.max(s.height(), ref.height()));
        }
        at = before != null && after != null ? (before.bottom() + after.y()) / 2
                : before != null ? before.bottom() + 4 : after.y() - 4;
        Bounds ref = after != null ? after : before;
        return new Bounds(Math.min(s.x(), ref.x()), at - BAR / 2, Math.max(s.width(), ref.width()), BAR);
    }
}
