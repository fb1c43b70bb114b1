// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.Maps;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.service.ScoringServices;

/**
 * The maps and criteria of the running platform (the built-in maps and layers, the eight
 * default criteria, the example plug-in, this bundle's broken contributions), and helpers to
 * draw a map of a portfolio.
 */
final class Fixture {

    /** This test bundle, which contributes the broken maps and layers. */
    static final String THIS_BUNDLE = "dev.cartograph.maps.tests";

    /** The bundle of the built-in maps. */
    static final String BUILTIN = "dev.cartograph.maps.builtin";

    private static Maps maps;
    private static ScoringEngine engine;

    private Fixture() {
    }

    /** @return the maps of the platform, opened once for all tests */
    static synchronized Maps maps() {
        if (maps == null) {
            maps = Maps.open(RegistryFactory.getRegistry());
        }
        return maps;
    }

    /** @return an engine on the platform's criteria */
    static synchronized ScoringEngine engine() {
        if (engine == null) {
            engine = ScoringServices.getDefault().createEngine();
        }
        return engine;
    }

    /**
     * @param mapId a map's id
     * @return the map
     */
    static MapDescription map(String mapId) {
        return maps().maps().find(mapId).orElseThrow(() -> new AssertionError("no map " + mapId));
    }

    /**
     * @param element the element the map is about
     * @param layers the layers on
     * @param locale the language
     * @return a context on the element's portfolio, scored now
     */
    static MapContext context(EObject element, Set<String> layers, Locale locale) {
        Portfolio portfolio = (Portfolio) EcoreUtil.getRootContainer(element);
        ScoringResult scoring = engine().score(portfolio);
        return MapContext.builder(element, scoring).layers(layers).locale(locale).build();
    }

    /**
     * Builds a map without layout.
     *
     * @param mapId the map
     * @param element what it is about
     * @param layers the layers on
     * @return the diagram
     */
    static Diagram build(String mapId, EObject element, String... layers) {
        return built(mapId, element, Locale.ENGLISH, layers).diagram();
    }

    static BuiltMap built(String mapId, EObject element, Locale locale, String... layers) {
        return maps().renderer().build(map(mapId), context(element, Set.of(layers), locale))
                .orElseThrow(() -> new AssertionError("map " + mapId + " failed: " + maps().failures()));
    }

    /**
     * Builds and lays out a map.
     */
    static BuiltMap render(String mapId, EObject element, String... layers) {
        return maps().renderer().render(map(mapId), context(element, Set.of(layers), Locale.ENGLISH))
                .orElseThrow(() -> new AssertionError("map " + mapId + " failed: " + maps().failures()));
    }

    /**
     * @param diagram a diagram
     * @param semantic a model element
     * @return the one element standing for it
     */
    static DiagramElement only(Diagram diagram, Object semantic) {
        var found = diagram.elementsFor(semantic);
        if (found.size() != 1) {
            throw new AssertionError("expected one element for " + semantic + ", found " + found);
        }
        return found.get(0);
    }
}
