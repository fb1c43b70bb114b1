// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.layout.DiagramLayout;
import dev.cartograph.diagram.render.PngWriter;
import dev.cartograph.diagram.render.SvgWriter;
import dev.cartograph.maps.internal.Messages;
import dev.cartograph.maps.internal.SafeCalls;

/**
 * Draws maps: builds a map's diagram for a model element, applies the layers switched on in
 * its context, lays it out. The same model and context always give the same diagram.
 * <p>
 * Every call into a map's or layer's code runs through {@link org.eclipse.core.runtime.SafeRunner}:
 * a map that throws gives no diagram and is reported with its bundle named; a layer that throws
 * costs only its own decorations, and the map is drawn without it. The first failure of each
 * contribution is recorded in its registry's {@linkplain MapRegistry#failures() failures} (and
 * logged); every failure of one drawing is in its {@link BuiltMap#failures()}.
 * <p>
 * Thread-safe: each call works on its own diagram.
 */
public final class MapRenderer {

    private static final SafeCalls QUERIES = new SafeCalls();

    private final MapRegistry maps;
    private final LayerRegistry layers;
    private final SafeCalls calls = new SafeCalls();

    /**
     * @param maps the installed maps
     * @param layers the installed layers
     */
    public MapRenderer(MapRegistry maps, LayerRegistry layers) {
        this.maps = Objects.requireNonNull(maps);
        this.layers = Objects.requireNonNull(layers);
    }

    /** @return the installed maps */
    public MapRegistry maps() {
        return maps;
    }

    /** @return the installed layers */
    public LayerRegistry layers() {
        return layers;
    }

    /**
     * Asks a map whether it can be drawn for an element, safely.
     *
     * @param map a map
     * @param element a model element
     * @param registry where a failure is recorded
     * @return its answer; {@code false} if it threw
     */
    static boolean appliesTo(MapDescription map, EObject element, MapRegistry registry) {
        return QUERIES.call("Map_threw", map.id(), map.contributor(), //$NON-NLS-1$
                () -> Boolean.valueOf(map.builder().appliesTo(element)), registry::recordFailure)
                .orElse(Boolean.FALSE).booleanValue();
    }

    /**
     * Builds a map's diagram, without layout, and applies the layers switched on in the context
     * that decorate maps of its kind, in the registry's order.
     *
     * @param map the map
     * @param context the element, scoring, layers and language
     * @return the built map; empty if the map's code threw (see {@link MapRegistry#failures()})
     */
    public Optional<BuiltMap> build(MapDescription map, MapContext context) {
        List<MapFailure> failures = new ArrayList<>();
        Optional<Diagram> built = calls.call("Map_threw", map.id(), map.contributor(), //$NON-NLS-1$
                () -> map.builder().build(context), first(maps::recordFailure, failures));
        if (built.isEmpty()) {
            return Optional.empty();
        }
        Diagram diagram = built.get();
        String legendTitle = Messages.format(context.locale(), "Legend_title"); //$NON-NLS-1$
        if (diagram.legend() == null) {
            diagram.setLegend(new Legend(legendTitle));
        }
        for (MapLayer layer : layers.layers(map.kind())) {
            if (context.isEnabled(layer.id())) {
                Decorations decorations = new Decorations();
                Optional<Boolean> done = calls.call("Layer_threw", layer.id(), layer.contributor(), () -> { //$NON-NLS-1$
                    layer.decorator().decorate(diagram, context, decorations);
                    return Boolean.TRUE;
                }, first(layers::recordFailure, failures));
                if (done.isPresent()) {
                    decorations.apply(diagram, legendTitle);
                }
            }
        }
        return Optional.of(new BuiltMap(map, context, diagram, failures, false));
    }

    /**
     * Lays out a built map with its map's layout.
     *
     * @param built a map built by {@link #build(MapDescription, MapContext)}
     * @return the map laid out; empty if the layout threw (see {@link MapRegistry#failures()})
     */
    public Optional<BuiltMap> layout(BuiltMap built) {
        if (built.laidOut()) {
            return Optional.of(built);
        }
        MapDescription map = built.map();
        List<MapFailure> failures = new ArrayList<>(built.failures());
        Optional<Boolean> done = calls.call("Layout_threw", map.id(), map.contributor(), () -> { //$NON-NLS-1$
            DiagramLayout layout = map.builder().layout();
            layout.layout(built.diagram());
            return Boolean.TRUE;
        }, first(maps::recordFailure, failures));
        return done.map(d -> new BuiltMap(map, built.context(), built.diagram(), failures, true));
    }

    /**
     * Builds and lays out a map.
     *
     * @param map the map
     * @param context the element, scoring, layers and language
     * @return the laid-out map; empty if the map or its layout threw
     */
    public Optional<BuiltMap> render(MapDescription map, MapContext context) {
        return build(map, context).flatMap(this::layout);
    }

    /**
     * @param built a laid-out map
     * @return its SVG: the same bytes for the same model and context, on every machine
     */
    public static String svg(BuiltMap built) {
        return SvgWriter.svg(laidOut(built).diagram());
    }

    /**
     * Writes a laid-out map as SVG, UTF-8 encoded.
     *
     * @param built a laid-out map
     * @param stream where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeSvg(BuiltMap built, OutputStream stream) throws IOException {
        SvgWriter.write(laidOut(built).diagram(), stream);
    }

    /**
     * Writes a laid-out map as PNG, painted with Java2D: no display needed.
     *
     * @param built a laid-out map
     * @param scale pixels per diagram unit (2 for HiDPI); lowered for a very large map
     * @param stream where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writePng(BuiltMap built, double scale, OutputStream stream) throws IOException {
        PngWriter.write(laidOut(built).diagram(), scale, stream);
    }

    private static BuiltMap laidOut(BuiltMap built) {
        if (!built.laidOut()) {
            throw new IllegalArgumentException("map " + built.map().id() + " is not laid out"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return built;
    }

    /** Records a failure in the drawing's list, and in the registry the first time only. */
    private Consumer<MapFailure> first(Consumer<MapFailure> registry, List<MapFailure> drawing) {
        return failure -> {
            drawing.add(failure);
            boolean known = maps.failures().contains(failure) || layers.failures().contains(failure);
            if (!known) {
                registry.accept(failure);
            }
        };
    }
}
