// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import dev.cartograph.maps.internal.ContributionReader;
import dev.cartograph.maps.internal.Messages;

/**
 * The maps and layers contributed by plug-ins through the extension points
 * {@value #MAPS_EXTENSION_POINT} and {@value #LAYERS_EXTENSION_POINT}, in plain registries, and
 * a {@link MapRenderer} on them. The built-in journey, workflow and portfolio maps are
 * contributed the same way as any plug-in's, by {@code dev.cartograph.maps.builtin}.
 * <p>
 * The registries are filled when the services are opened and follow the extension registry
 * afterwards. Every contribution is validated; one that is refused is logged against its
 * contributing bundle and listed in {@link #failures()}. Contributed classes are created the
 * first time they are needed, and every call into them runs through
 * {@link org.eclipse.core.runtime.SafeRunner}: a broken plug-in costs only its own map or layer.
 * <p>
 * Outside Eclipse (plain tests, tools), fill a {@link MapRegistry} and a {@link LayerRegistry}
 * in code and use a {@link MapRenderer} on them. Thread-safe.
 */
public final class Maps {

    /** The full id of the extension point through which plug-ins contribute maps. */
    public static final String MAPS_EXTENSION_POINT = ContributionReader.MAPS_POINT;

    /** The full id of the extension point through which plug-ins contribute layers. */
    public static final String LAYERS_EXTENSION_POINT = ContributionReader.LAYERS_POINT;

    private static Maps shared;

    private final MapRegistry maps = new MapRegistry();
    private final LayerRegistry layers = new LayerRegistry();
    private final MapRenderer renderer = new MapRenderer(maps, layers);
    private final ContributionReader reader;

    private Maps(IExtensionRegistry registry) {
        reader = new ContributionReader(registry, maps, layers);
    }

    /**
     * Returns the maps of the running platform, reading its extension registry the first time.
     *
     * @return the shared instance
     * @throws IllegalStateException if no extension registry is running
     */
    public static synchronized Maps getDefault() {
        if (shared == null) {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            if (registry == null) {
                throw new IllegalStateException(Messages.get("Services_noRegistry")); //$NON-NLS-1$
            }
            shared = open(registry);
        }
        return shared;
    }

    /**
     * Opens maps of their own on an extension registry, filled now and following it until
     * {@link #dispose()}: for tools and tests that must not share the default instance's state.
     *
     * @param registry the extension registry that declares the two extension points
     * @return the maps, open
     */
    public static Maps open(IExtensionRegistry registry) {
        Maps opened = new Maps(Objects.requireNonNull(registry));
        opened.reader.start();
        return opened;
    }

    /** Stops following the extension registry; the registries keep their content. */
    public void dispose() {
        reader.stop();
    }

    /** @return the installed maps */
    public MapRegistry maps() {
        return maps;
    }

    /** @return the installed layers */
    public LayerRegistry layers() {
        return layers;
    }

    /** @return a renderer on these registries */
    public MapRenderer renderer() {
        return renderer;
    }

    /**
     * @return why contributed maps and layers were refused or failed, oldest first (maps, then
     *         layers), each naming its contributing bundle
     */
    public List<MapFailure> failures() {
        List<MapFailure> all = new ArrayList<>(maps.failures());
        all.addAll(layers.failures());
        return all;
    }
}
