// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Style;
import dev.cartograph.maps.Decorations;
import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.MapContext;

/** A layer that records a badge on every node, then throws: none of its badges may show. */
public final class ThrowingLayer implements LayerDecorator {

    static final String BADGE = "test-throwing-layer";

    @Override
    public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
        for (Node node : diagram.allNodes()) {
            decorations.badge(node, new Badge(BADGE, "X", Style.DEFAULT, BadgePosition.TOP_LEFT, null));
        }
        throw new IllegalStateException("the layer is broken on purpose");
    }
}
