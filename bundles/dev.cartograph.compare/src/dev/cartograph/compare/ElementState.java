// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;

/**
 * What one element of a model is, independent of EMF objects: its class, where it is contained, and the value of each
 * of its persisted features. An attribute value is its literal ({@link String}), a reference value the id of its
 * target; a many-valued feature is a {@link List} of those. A feature that is not set has no entry.
 *
 * @param id the element's id (its UUID, or a path for an element without one)
 * @param eClass the element's class
 * @param container the id of the containing element, {@code null} for a root
 * @param containingFeature the name of the containment feature holding the element, {@code null} for a root
 * @param values the value of each set feature, by feature name, in the class's feature order
 */
public record ElementState(String id, EClass eClass, String container, String containingFeature,
        Map<String, Object> values) {

    /** Makes the values unmodifiable. */
    public ElementState {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param feature a feature name
     * @return the value of the feature, {@code null} if it is not set
     */
    public Object value(String feature) {
        return values.get(feature);
    }

    /**
     * @return the container and containment feature, as one comparable value ({@code null} for a root)
     */
    public String location() {
        return container == null ? null : container + '#' + containingFeature;
    }

    /**
     * @param other another state of the same element
     * @return whether both have the same class, location and values
     */
    public boolean sameAs(ElementState other) {
        return other != null && eClass == other.eClass && Objects.equals(location(), other.location())
                && values.equals(other.values);
    }
}
