// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.cartograph.maps.LayerRegistry;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.MapLayer;
import dev.cartograph.maps.ui.MapsUi;

/**
 * Which layers are on, per map: view state kept in the workspace's preferences (never in the
 * model file), so that every portfolio's maps open with the layers last chosen. A map never
 * switched shows the layers that are on by default.
 */
public final class LayerSettings {

    private static final String KEY = "layers."; //$NON-NLS-1$
    private static final String SEPARATOR = ","; //$NON-NLS-1$

    private LayerSettings() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(MapsUi.PLUGIN_ID);
    }

    /**
     * @param map a map
     * @param layers the installed layers
     * @return the ids of the layers on for that map
     */
    public static Set<String> enabled(MapDescription map, LayerRegistry layers) {
        String stored = node().get(KEY + map.id(), null);
        if (stored == null) {
            return layers.defaults(map.kind());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : stored.split(SEPARATOR)) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }

    /**
     * Switches a layer on or off for a map, and keeps that in the workspace.
     *
     * @param map a map
     * @param layers the installed layers
     * @param layer the layer
     * @param on whether it is on
     */
    public static void set(MapDescription map, LayerRegistry layers, MapLayer layer, boolean on) {
        Set<String> ids = new LinkedHashSet<>(enabled(map, layers));
        if (on) {
            ids.add(layer.id());
        } else {
            ids.remove(layer.id());
        }
        IEclipsePreferences node = node();
        node.put(KEY + map.id(), String.join(SEPARATOR, ids));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            MapsUiPlugin.log(e.getMessage(), e);
        }
    }

    /**
     * Forgets the layers chosen for a map: it shows the default layers again.
     *
     * @param map a map
     */
    public static void reset(MapDescription map) {
        node().remove(KEY + map.id());
    }
}
