// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Status;

import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.LayerRegistry;
import dev.cartograph.maps.MapBuilder;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.MapFailure;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapLayer;
import dev.cartograph.maps.MapRegistry;

/**
 * Fills the plain map and layer registries from the two extension points and follows them: an
 * extension added later is read, one removed takes its maps and layers with it. Each element is
 * validated on its own (as documented in {@code schema/maps.exsd} and {@code schema/layers.exsd});
 * a refused one is logged against its contributing bundle, recorded as a {@link MapFailure}, and
 * reading goes on. Classes are created on first use.
 */
public final class ContributionReader implements IRegistryEventListener {

    /** The maps extension point's full id. */
    public static final String MAPS_POINT = "dev.cartograph.maps.maps"; //$NON-NLS-1$
    /** The layers extension point's full id. */
    public static final String LAYERS_POINT = "dev.cartograph.maps.layers"; //$NON-NLS-1$
    /** One map. */
    static final String MAP = "map"; //$NON-NLS-1$
    /** One layer. */
    static final String LAYER = "layer"; //$NON-NLS-1$
    /** Identifier of a map or layer. */
    static final String ID = "id"; //$NON-NLS-1$
    /** Translatable name. */
    static final String LABEL = "label"; //$NON-NLS-1$
    /** Translatable description. */
    static final String DESCRIPTION = "description"; //$NON-NLS-1$
    /** A map's kind: a {@link MapKind#id()}. */
    static final String KIND = "kind"; //$NON-NLS-1$
    /** A layer's kinds of map, comma-separated {@link MapKind#id()}s. */
    static final String KINDS = "kinds"; //$NON-NLS-1$
    /** Whether a layer is on by default: {@code true} or {@code false} (the default). */
    static final String ENABLED_BY_DEFAULT = "enabledByDefault"; //$NON-NLS-1$
    /** The class implementing {@link MapBuilder} or {@link LayerDecorator}. */
    static final String CLASS = "class"; //$NON-NLS-1$

    private static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*"); //$NON-NLS-1$

    /** What one extension installed. */
    private record Installed(List<String> maps, List<String> layers) {
    }

    private final IExtensionRegistry registry;
    private final MapRegistry maps;
    private final LayerRegistry layers;
    private final ILog log = ILog.of(ContributionReader.class);
    private final Map<IExtension, Installed> installed = new HashMap<>();

    /**
     * @param registry the extension registry to read
     * @param maps filled with the contributed maps
     * @param layers filled with the contributed layers
     */
    public ContributionReader(IExtensionRegistry registry, MapRegistry maps, LayerRegistry layers) {
        this.registry = registry;
        this.maps = maps;
        this.layers = layers;
    }

    /** Starts following the extension points and reads what they already have. */
    public void start() {
        registry.addListener(this, MAPS_POINT);
        registry.addListener(this, LAYERS_POINT);
        added(extensions(MAPS_POINT));
        added(extensions(LAYERS_POINT));
    }

    /** Stops following the extension points. */
    public void stop() {
        registry.removeListener(this);
    }

    private IExtension[] extensions(String pointId) {
        IExtensionPoint point = registry.getExtensionPoint(pointId);
        return point == null ? new IExtension[0] : point.getExtensions();
    }

    @Override
    public void added(IExtension[] extensions) {
        for (IExtension extension : extensions) {
            Installed read;
            synchronized (this) {
                if (installed.containsKey(extension)) {
                    continue;
                }
                read = new Installed(new ArrayList<>(), new ArrayList<>());
                installed.put(extension, read);
            }
            read(extension, read);
        }
    }

    @Override
    public void removed(IExtension[] extensions) {
        for (IExtension extension : extensions) {
            Installed gone;
            synchronized (this) {
                gone = installed.remove(extension);
            }
            if (gone != null) {
                gone.maps().forEach(maps::remove);
                gone.layers().forEach(layers::remove);
            }
        }
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // Only the extensions of the two points matter.
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        // The points belong to this bundle: they go away only when it stops.
    }

    private void read(IExtension extension, Installed read) {
        try {
            String contributor = extension.getContributor().getName();
            String point = extension.getExtensionPointUniqueIdentifier();
            for (IConfigurationElement element : extension.getConfigurationElements()) {
                try {
                    if (MAPS_POINT.equals(point) && MAP.equals(element.getName())) {
                        MapDescription map = map(element, contributor);
                        if (maps.add(map)) {
                            read.maps().add(map.id());
                        } else {
                            logLast(contributor, maps.failures());
                        }
                    } else if (LAYERS_POINT.equals(point) && LAYER.equals(element.getName())) {
                        MapLayer layer = layer(element, contributor);
                        if (layers.add(layer)) {
                            read.layers().add(layer.id());
                        } else {
                            logLast(contributor, layers.failures());
                        }
                    } else {
                        throw new Invalid("", //$NON-NLS-1$
                                Messages.get("Contribution_unexpectedElement", element.getName(), point)); //$NON-NLS-1$
                    }
                } catch (Invalid e) {
                    MapFailure failure = new MapFailure(e.id, contributor, e.getMessage());
                    if (MAPS_POINT.equals(point)) {
                        maps.recordFailure(failure);
                    } else {
                        layers.recordFailure(failure);
                    }
                    log.log(new Status(IStatus.ERROR, contributor, failure.message()));
                }
            }
        } catch (InvalidRegistryObjectException e) {
            // Removed while being read: the removal event follows.
        }
    }

    private void logLast(String contributor, List<MapFailure> failures) {
        if (!failures.isEmpty()) {
            log.log(new Status(IStatus.ERROR, contributor, failures.get(failures.size() - 1).message()));
        }
    }

    private static MapDescription map(IConfigurationElement element, String contributor) throws Invalid {
        String id = id(element, MAP);
        String label = required(element, id, LABEL);
        String kindText = required(element, id, KIND);
        MapKind kind = MapKind.of(kindText)
                .orElseThrow(() -> new Invalid(id, Messages.get("Map_badKind", id, kindText))); //$NON-NLS-1$
        required(element, id, CLASS);
        return new MapDescription(id, label, text(element, DESCRIPTION), kind, contributor,
                new ContributedMap(new LazyInstance<>(element, id, MapBuilder.class)));
    }

    private static MapLayer layer(IConfigurationElement element, String contributor) throws Invalid {
        String id = id(element, LAYER);
        String label = required(element, id, LABEL);
        String kindsText = required(element, id, KINDS);
        Set<MapKind> kinds = EnumSet.noneOf(MapKind.class);
        for (String part : kindsText.split(",")) { //$NON-NLS-1$
            MapKind kind = MapKind.of(part.strip()).orElse(null);
            if (kind == null) {
                throw new Invalid(id, Messages.get("Layer_badKinds", id, kindsText)); //$NON-NLS-1$
            }
            kinds.add(kind);
        }
        String byDefault = text(element, ENABLED_BY_DEFAULT);
        if (!byDefault.isEmpty() && !"true".equals(byDefault) && !"false".equals(byDefault)) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new Invalid(id, Messages.get("Layer_badDefault", id, byDefault)); //$NON-NLS-1$
        }
        required(element, id, CLASS);
        return new MapLayer(id, label, text(element, DESCRIPTION), kinds, "true".equals(byDefault), contributor, //$NON-NLS-1$
                new ContributedMap.Layer(new LazyInstance<>(element, id, LayerDecorator.class)));
    }

    private static String id(IConfigurationElement element, String what) throws Invalid {
        String id = text(element, ID);
        if (id.isEmpty()) {
            throw new Invalid("", Messages.get("Contribution_missingId", what)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new Invalid(id, Messages.get("Contribution_badId", id)); //$NON-NLS-1$
        }
        return id;
    }

    private static String required(IConfigurationElement element, String id, String attribute) throws Invalid {
        String value = text(element, attribute);
        if (value.isEmpty()) {
            throw new Invalid(id, Messages.get("Contribution_missingAttribute", id, attribute)); //$NON-NLS-1$
        }
        return value;
    }

    private static String text(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        return value == null ? "" : value.strip(); //$NON-NLS-1$
    }

    /** An element that breaks the schema. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String id;

        Invalid(String id, String message) {
            super(message);
            this.id = id;
        }
    }
}
