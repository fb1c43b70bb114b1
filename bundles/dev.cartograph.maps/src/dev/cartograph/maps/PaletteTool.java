// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * One tool of a map's palette: what it creates and where. An element tool creates an instance
 * of {@link #creates()} in the {@link #feature()} of an element of class {@link #target()} (a
 * friction in a stage's frictions, a use case in the portfolio's use cases anchored on the
 * target); a link tool adds a reference from one element of {@link #target()} to another in
 * {@link #feature()} (a successor link, an anchor). The editor turns a tool into an EMF command.
 *
 * @param id stable id, unique in the palette ({@code "journey.friction"})
 * @param label the localised name shown in the palette
 * @param description the localised tooltip: what the tool does and where to use it
 * @param kind element or link
 * @param creates the class of the element created; for a link tool, the class of the link's end
 * @param target the class of the element the tool is used on (drop target, or link source)
 * @param feature the reference of {@code target} that receives the new element or link
 */
public record PaletteTool(String id, String label, String description, Kind kind, EClass creates, EClass target,
        EReference feature) {

    /** Whether a tool creates an element or links two. */
    public enum Kind {
        /** Creates an element inside (or anchored on) the target. */
        ELEMENT,
        /** Links the target to another element (drag from one to the other). */
        LINK
    }

    /** Checks the arguments. */
    public PaletteTool {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(label, "label"); //$NON-NLS-1$
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(creates, "creates"); //$NON-NLS-1$
        Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        Objects.requireNonNull(feature, "feature"); //$NON-NLS-1$
        description = description == null ? "" : description; //$NON-NLS-1$
    }
}
