// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.layout.DiagramLayout;
import dev.cartograph.model.Portfolio;

/**
 * The code of a map: which model elements it is drawn for, how a model element becomes a
 * {@link Diagram} (what becomes a node, a container, an edge, a lane or column, and the styles
 * that depend on the model), the layout that places it, and the tools of its palette. A plug-in
 * names its class in the {@code class} attribute of a {@code map} element of the extension
 * point {@code dev.cartograph.maps.maps}; code can wrap one in a {@link MapDescription} directly.
 * <p>
 * A builder is called through {@link org.eclipse.core.runtime.SafeRunner}: if it throws, only
 * its own map is lost, reported with its contributing bundle named. It must be a pure function
 * of the model and the context: the same model gives the same diagram, element ids stable
 * across rebuilds (built from the model elements' ids), and every element carries the model
 * element it stands for as its {@linkplain dev.cartograph.diagram.DiagramElement#semantic()
 * semantic}.
 */
public interface MapBuilder {

    /**
     * @param element a model element
     * @return whether this map can be drawn for it
     */
    boolean appliesTo(EObject element);

    /**
     * @param portfolio a portfolio
     * @return the elements of the portfolio this map can be drawn for, in model order
     */
    List<? extends EObject> subjects(Portfolio portfolio);

    /**
     * Builds the diagram, without layout.
     *
     * @param context the element, its portfolio and live scoring, the layers on, the language
     * @return the diagram
     */
    Diagram build(MapContext context);

    /** @return the layout that places this map's diagrams */
    DiagramLayout layout();

    /**
     * @param locale the language of the labels
     * @return the palette's tools, in the order shown
     */
    List<PaletteTool> palette(Locale locale);

    /**
     * The model elements to highlight when one is selected on the map (a friction's trace on the
     * portfolio map). By default, none.
     *
     * @param selected the selected model element
     * @param context the map's context
     * @return the related elements, the selected one excluded
     */
    default Collection<? extends EObject> trace(EObject selected, MapContext context) {
        return List.of();
    }
}
