// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.Objects;
import java.util.Set;

/**
 * A decoration layer as the registry knows it: its id, name, the kinds of map it applies to,
 * whether it is on when a map opens, its contributing bundle, and its {@link LayerDecorator},
 * whose class is created the first time it is needed.
 *
 * @param id stable id, unique among layers ({@code "quadrant"}); the command line's
 *            {@code --layers} names layers by it
 * @param label the localised name
 * @param description the localised description: what the layer shows, possibly empty
 * @param kinds the kinds of map it decorates, at least one
 * @param enabledByDefault whether it is on when a map opens (and on the command line without
 *            {@code --layers})
 * @param contributor the contributing bundle's symbolic name
 * @param decorator the layer's code
 */
public record MapLayer(String id, String label, String description, Set<MapKind> kinds, boolean enabledByDefault,
        String contributor, LayerDecorator decorator) {

    /** Checks the arguments and copies the set. */
    public MapLayer {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(label, "label"); //$NON-NLS-1$
        Objects.requireNonNull(contributor, "contributor"); //$NON-NLS-1$
        Objects.requireNonNull(decorator, "decorator"); //$NON-NLS-1$
        kinds = Set.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("layer " + id + " applies to no kind of map"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        description = description == null ? "" : description; //$NON-NLS-1$
    }

    /**
     * @param kind a kind of map
     * @return whether this layer decorates maps of that kind
     */
    public boolean appliesTo(MapKind kind) {
        return kinds.contains(kind);
    }

    @Override
    public String toString() {
        return id + " (" + contributor + ')'; //$NON-NLS-1$
    }
}
