// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cartograph.maps.internal.ContributionCheck;
import dev.cartograph.scoring.ContributionRegistry;

/**
 * The installed decoration layers, in registration order: filled from the extension point
 * {@code dev.cartograph.maps.layers} by {@link Maps}, or in code. A layer whose id is blank or
 * taken is recorded as a {@link MapFailure} and not added. Thread-safe.
 */
public final class LayerRegistry extends ContributionRegistry<MapLayer, MapFailure, LayerRegistry.Listener> {

    /** Told after layers are added or removed. */
    @FunctionalInterface
    public interface Listener {
        /** @param registry the registry that changed */
        void layersChanged(LayerRegistry registry);
    }

    /** Creates an empty registry. */
    public LayerRegistry() {
    }

    /** @return an immutable copy of the installed layers, in registration order */
    public List<MapLayer> layers() {
        return contributions();
    }

    /**
     * @param kind a kind of map
     * @return the layers that decorate maps of that kind, in registration order
     */
    public List<MapLayer> layers(MapKind kind) {
        return layers().stream().filter(l -> l.appliesTo(kind)).toList();
    }

    /**
     * @param kind a kind of map
     * @return the ids of the layers on by default for that kind
     */
    public Set<String> defaults(MapKind kind) {
        return layers(kind).stream().filter(MapLayer::enabledByDefault).map(MapLayer::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    protected Optional<MapFailure> check(MapLayer layer, Map<String, MapLayer> installed) {
        return ContributionCheck.check(layer.id(), layer.contributor(), installed, MapLayer::contributor);
    }

    @Override
    protected String idOf(MapLayer layer) {
        return layer.id();
    }

    @Override
    protected void tell(Listener listener) {
        listener.layersChanged(this);
    }
}
