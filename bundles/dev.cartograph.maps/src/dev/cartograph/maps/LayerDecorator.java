// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import dev.cartograph.diagram.Diagram;

/**
 * The code of a decoration layer: it reads a built diagram (each element's kind and model
 * element) and records styles, badges, tooltips and legend items in a {@link Decorations}. A
 * plug-in names its class in the {@code class} attribute of a {@code layer} element of the
 * extension point {@code dev.cartograph.maps.layers}.
 * <p>
 * What it records is applied only when it returns normally: a decorator that throws leaves the
 * diagram as it was, and is reported with its contributing bundle named (it is called through
 * {@link org.eclipse.core.runtime.SafeRunner}). It must not change the diagram itself.
 */
@FunctionalInterface
public interface LayerDecorator {

    /**
     * @param diagram the diagram built by the map, not yet laid out; read only
     * @param context the map's context (model element, live scoring, language)
     * @param decorations where to record what the layer adds
     */
    void decorate(Diagram diagram, MapContext context, Decorations decorations);
}
