// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.cartograph.model.NamedElement;

/**
 * Where an element sits in its portfolio, in words a user would recognise: the chain of
 * containment features and names from the portfolio down to the element (for example
 * {@code workflows "Claims intake" / steps "Register the claim"}). Used to find "the same"
 * element in another portfolio when pasting: same kinds of element with the same names along
 * the way. Unnamed elements are identified by their position.
 */
final class ElementPath {

    /** One step down: the containment feature, and the element's name or position in it. */
    private record Segment(EReference feature, String name, int index) {
    }

    private final List<Segment> segments;

    private ElementPath(List<Segment> segments) {
        this.segments = segments;
    }

    /**
     * @param element an element inside a portfolio
     * @return its path from the root of its containment tree
     */
    static ElementPath of(EObject element) {
        List<Segment> segments = new ArrayList<>();
        for (EObject current = element; current.eContainer() != null; current = current.eContainer()) {
            EReference feature = current.eContainmentFeature();
            int index = feature.isMany() ? ((List<?>) current.eContainer().eGet(feature)).indexOf(current) : 0;
            String name = current instanceof NamedElement named ? named.getName() : null;
            segments.add(0, new Segment(feature, name, index));
        }
        return new ElementPath(segments);
    }

    /**
     * Finds the element at this path in another containment tree: at each step, the first
     * element of the same containment feature with the same name (or, for an unnamed element,
     * at the same position).
     *
     * @param root the root of the tree to search (a portfolio)
     * @return the element, or {@code null} if the tree has none there
     */
    EObject resolveIn(EObject root) {
        EObject current = root;
        for (Segment segment : segments) {
            if (!current.eClass().getEAllContainments().contains(segment.feature())) {
                return null;
            }
            current = child(current, segment);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private static EObject child(EObject parent, Segment segment) {
        Object value = parent.eGet(segment.feature());
        if (!segment.feature().isMany()) {
            return value instanceof EObject child && matches(child, segment) ? child : null;
        }
        List<?> children = (List<?>) value;
        if (segment.name() == null) {
            return segment.index() < children.size() && children.get(segment.index()) instanceof EObject child
                    && matches(child, segment) ? child : null;
        }
        for (Object candidate : children) {
            if (candidate instanceof EObject child && matches(child, segment)) {
                return child;
            }
        }
        return null;
    }

    private static boolean matches(EObject child, Segment segment) {
        return segment.name() == null || child instanceof NamedElement named && Objects.equals(named.getName(), segment.name());
    }
}
