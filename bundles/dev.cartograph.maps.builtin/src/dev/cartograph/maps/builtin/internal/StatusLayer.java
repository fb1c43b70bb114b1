// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.maps.Decorations;
import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;

/**
 * Status: every use case gets a badge with its status in words (idea, qualified, business case,
 * approved, pilot, deployed, rejected); deployed ones a hexagon, rejected ones a diamond, so the
 * two ends of the pipeline read without colour.
 */
public final class StatusLayer implements LayerDecorator {

    @Override
    public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
        Words words = new Words(context.locale());
        for (Node node : diagram.allNodes()) {
            if (node.semantic() instanceof UseCase useCase) {
                UseCaseStatus status = useCase.getStatus();
                decorations.badge(node, new Badge(BuiltinMaps.STATUS, words.literal(status), style(status),
                        BadgePosition.BOTTOM_LEFT, words.text("Status_tooltip", words.literal(status)))); //$NON-NLS-1$
            }
        }
        for (UseCaseStatus status : UseCaseStatus.VALUES) {
            decorations.legend(new LegendItem(style(status), words.literal(status), words.text("Status_tooltip", //$NON-NLS-1$
                    words.literal(status))));
        }
    }

    private static Style style(UseCaseStatus status) {
        return switch (status) {
        case DEPLOYED -> Look.badge(Look.GREEN).withShape(NodeShape.HEXAGON);
        case REJECTED -> Look.badge(Look.PALE).withShape(NodeShape.DIAMOND);
        case APPROVED, PILOT -> Look.badge(Look.SKY);
        default -> Look.badge(Rgb.WHITE);
        };
    }
}
