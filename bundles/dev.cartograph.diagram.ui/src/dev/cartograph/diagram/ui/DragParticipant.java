// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Point;

/**
 * Something that happens when the user drags an element of a {@link DiagramViewer} and lets it
 * go: anchoring it on another node ({@link DropHandler}), moving it among its siblings
 * ({@link ReorderHandler}). Register with {@link DiagramViewer#addDragParticipant}; while a
 * drag goes on, the viewer asks each participant in turn and shows the feedback of the first
 * that accepts the place under the pointer.
 */
public interface DragParticipant {

    /**
     * @param source the element the user pressed on
     * @return whether this participant may do something with it (then the press starts a drag)
     */
    boolean canDrag(DiagramElement source);

    /**
     * @param source the element dragged
     * @param at the pointer, in diagram units
     * @param under the element under the pointer (the dragged one excepted), or {@code null}
     * @return what to show if the user let go here, or {@code null} if this participant would
     *         do nothing here
     */
    DragFeedback dragOver(DiagramElement source, Point at, DiagramElement under);

    /**
     * The user let go where {@link #dragOver} gave {@code feedback}.
     *
     * @param source the element dragged
     * @param feedback what {@link #dragOver} returned for that place
     */
    void drop(DiagramElement source, DragFeedback feedback);
}
