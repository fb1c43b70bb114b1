// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.maps.internal.ContributionCheck;
import dev.cartograph.scoring.ContributionRegistry;

/**
 * The installed maps, in registration order: filled from the extension point
 * {@code dev.cartograph.maps.maps} by {@link Maps}, or in code by tests and tools. A map whose
 * id is blank or taken is recorded as a {@link MapFailure} and not added. Thread-safe;
 * listeners are called on the thread that changed the registry, after the change.
 */
public final class MapRegistry extends ContributionRegistry<MapDescription, MapFailure, MapRegistry.Listener> {

    /** Told after maps are added or removed. */
    @FunctionalInterface
    public interface Listener {
        /** @param registry the registry that changed */
        void mapsChanged(MapRegistry registry);
    }

    /** Creates an empty registry. */
    public MapRegistry() {
    }

    /** @return an immutable copy of the installed maps, in registration order */
    public List<MapDescription> maps() {
        return contributions();
    }

    /**
     * @param kind a kind of map
     * @return the installed maps of that kind, in registration order
     */
    public List<MapDescription> maps(MapKind kind) {
        return maps().stream().filter(m -> m.kind() == kind).toList();
    }

    /**
     * Finds the first installed map of a kind that can be drawn for an element. Asking a
     * contributed builder runs its code: one that throws is skipped.
     *
     * @param kind a kind of map
     * @param element a model element
     * @return the map
     */
    public Optional<MapDescription> mapFor(MapKind kind, EObject element) {
        for (MapDescription map : maps(kind)) {
            if (MapRenderer.appliesTo(map, element, this)) {
                return Optional.of(map);
            }
        }
        return Optional.empty();
    }

    @Override
    protected Optional<MapFailure> check(MapDescription map, Map<String, MapDescription> installed) {
        return ContributionCheck.check(map.id(), map.contributor(), installed, MapDescription::contributor);
    }

    @Override
    protected String idOf(MapDescription map) {
        return map.id();
    }

    @Override
    protected void tell(Listener listener) {
        listener.mapsChanged(this);
    }
}
