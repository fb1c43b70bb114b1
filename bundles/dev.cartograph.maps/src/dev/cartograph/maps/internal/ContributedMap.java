// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.layout.DiagramLayout;
import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.MapBuilder;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.PaletteTool;
import dev.cartograph.maps.Decorations;
import dev.cartograph.model.Portfolio;

/** The code of a contributed map or layer, created on first use; see {@link LazyInstance}. */
final class ContributedMap implements MapBuilder {

    private final LazyInstance<MapBuilder> code;

    ContributedMap(LazyInstance<MapBuilder> code) {
        this.code = code;
    }

    @Override
    public boolean appliesTo(EObject element) {
        return code.get().appliesTo(element);
    }

    @Override
    public List<? extends EObject> subjects(Portfolio portfolio) {
        return code.get().subjects(portfolio);
    }

    @Override
    public Diagram build(MapContext context) {
        return code.get().build(context);
    }

    @Override
    public DiagramLayout layout() {
        return code.get().layout();
    }

    @Override
    public List<PaletteTool> palette(Locale locale) {
        return code.get().palette(locale);
    }

    @Override
    public Collection<? extends EObject> trace(EObject selected, MapContext context) {
        return code.get().trace(selected, context);
    }

    /** A contributed layer's code. */
    static final class Layer implements LayerDecorator {
        private final LazyInstance<LayerDecorator> code;

        Layer(LazyInstance<LayerDecorator> code) {
            this.code = code;
        }

        @Override
        public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
            code.get().decorate(diagram, context, decorations);
        }
    }
}
