// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;

/**
 * Dragging a node onto another node (a use case onto a step, stage or friction to anchor it):
 * while the user drags, the node under the pointer is outlined if the callback accepts it, and
 * letting go there calls the callback with both.
 */
public final class DropHandler implements DragParticipant {

    /** What a map says about drops. */
    public interface Callback {

        /**
         * @param source a node the user pressed on
         * @return whether it can be dropped anywhere (then pressing on it starts a drag)
         */
        boolean canDrag(Node source);

        /**
         * @param source the node dragged
         * @param target the node under the pointer
         * @return whether letting go here would do something
         */
        boolean canDrop(Node source, Node target);

        /**
         * The user dropped a node on another; use {@link Node#semantic()} of both.
         *
         * @param source the node dragged
         * @param target the node it was dropped on
         */
        void drop(Node source, Node target);
    }

    private final DiagramViewer viewer;
    private final Callback callback;

    /**
     * Installs itself on a viewer (before the participants added later).
     *
     * @param viewer the viewer
     * @param callback what may be dropped where, and what a drop does
     */
    public DropHandler(DiagramViewer viewer, Callback callback) {
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
        return source instanceof Node node && callback.canDrag(node);
    }

    @Override
    public DragFeedback dragOver(DiagramElement source, Point at, DiagramElement under) {
        if (source instanceof Node node && under instanceof Node target && callback.canDrop(node, target)) {
            return new DragFeedback(target.bounds(), null, target);
        }
        return null;
    }

    @Override
    public void drop(DiagramElement source, DragFeedback feedback) {
        callback.drop((Node) source, (Node) feedback.data());
    }
}
