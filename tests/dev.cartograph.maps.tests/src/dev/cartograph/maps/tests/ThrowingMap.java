// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.layout.DiagramLayout;
import dev.cartograph.maps.MapBuilder;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.PaletteTool;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Portfolio;

/** A journey map that throws when it builds. */
public final class ThrowingMap implements MapBuilder {

    @Override
    public boolean appliesTo(EObject element) {
        return element instanceof CustomerJourney;
    }

    @Override
    public List<? extends EObject> subjects(Portfolio portfolio) {
        return portfolio.getJourneys();
    }

    @Override
    public Diagram build(MapContext context) {
        throw new UnsupportedOperationException("the map is broken on purpose");
    }

    @Override
    public DiagramLayout layout() {
        return diagram -> {
        };
    }

    @Override
    public List<PaletteTool> palette(Locale locale) {
        return List.of();
    }
}
