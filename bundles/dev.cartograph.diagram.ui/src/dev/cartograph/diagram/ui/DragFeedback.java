// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import dev.cartograph.diagram.Bounds;

/**
 * What a {@link DragParticipant} shows while the user drags: a target outlined, an insertion
 * bar, or both, in diagram units; and what it will need when the user lets go.
 *
 * @param target the element that would receive the drop, outlined, or {@code null}
 * @param insertion a thin bar where the element would be inserted, or {@code null}
 * @param data what the participant needs at {@link DragParticipant#drop}, or {@code null}
 */
public record DragFeedback(Bounds target, Bounds insertion, Object data) {
}
