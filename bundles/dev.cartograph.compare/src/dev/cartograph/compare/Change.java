// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import org.eclipse.emf.ecore.EClass;

/**
 * One difference between two versions of a model.
 *
 * @param kind what happened to the element
 * @param elementId the element's id
 * @param eClass the element's class
 * @param feature the changed feature for {@link Kind#CHANGED}, the containment feature for {@link Kind#MOVED};
 *            {@code null} otherwise
 * @param oldValue the old value (a literal, an id, or a list of them; for a move the old location), or {@code null}
 * @param newValue the new value, likewise
 */
public record Change(Kind kind, String elementId, EClass eClass, String feature, Object oldValue,
        Object newValue) {

    /** What happened to an element. */
    public enum Kind {
        /** The element is new, with all it contains. */
        ADDED,
        /** The element is gone, with all it contained. */
        REMOVED,
        /** The element has a new container, or a new position among its siblings. */
        MOVED,
        /** A feature of the element has a new value. */
        CHANGED
    }
}
