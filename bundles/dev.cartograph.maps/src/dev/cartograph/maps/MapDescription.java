// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.Objects;

/**
 * A map as the registry knows it: its id, name, kind and contributing bundle, read from its
 * {@code plugin.xml} (or given in code), and its {@link MapBuilder}, whose class is created the
 * first time it is needed. Call the builder through {@link MapRenderer}, which isolates a
 * builder that throws.
 *
 * @param id stable id, unique among maps ({@code "journey"})
 * @param label the localised name
 * @param description the localised description, possibly empty
 * @param kind journey, workflow or portfolio
 * @param contributor the contributing bundle's symbolic name
 * @param builder the map's code
 */
public record MapDescription(String id, String label, String description, MapKind kind, String contributor,
        MapBuilder builder) {

    /** Checks the arguments. */
    public MapDescription {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(label, "label"); //$NON-NLS-1$
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(contributor, "contributor"); //$NON-NLS-1$
        Objects.requireNonNull(builder, "builder"); //$NON-NLS-1$
        description = description == null ? "" : description; //$NON-NLS-1$
    }

    @Override
    public String toString() {
        return id + " (" + contributor + ')'; //$NON-NLS-1$
    }
}
