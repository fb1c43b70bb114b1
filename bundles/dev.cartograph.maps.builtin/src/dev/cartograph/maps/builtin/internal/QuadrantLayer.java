// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.Optional;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.Node;
import dev.cartograph.maps.Decorations;
import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.MapContext;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.UseCaseScore;

/**
 * Quadrant colours: every use case filled with its quadrant's colour and pattern (quick wins
 * plain, strategic bets dotted, fill-ins hatched, candidates to drop cross-hatched), its
 * quadrant written under its name; a use case not scored stays white with its outline dashed.
 * It follows the live scoring: change a weight and the colours change with the ranking.
 */
public final class QuadrantLayer implements LayerDecorator {

    @Override
    public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
        Words words = new Words(context.locale());
        for (Node node : diagram.allNodes()) {
            if (node.semantic() instanceof UseCase useCase) {
                Optional<Quadrant> quadrant = context.scoring().find(useCase).map(UseCaseScore::quadrant);
                if (quadrant.isPresent()) {
                    Quadrant q = quadrant.get();
                    decorations.restyle(node, s -> Look.filled(s, Look.quadrant(q)).withPattern(Look.quadrantPattern(q)));
                    decorations.detail(node, q.label(context.locale()));
                } else {
                    decorations.restyle(node, s -> s.withLine(LinePattern.DASHED));
                    decorations.detail(node, words.text("Quadrant_none")); //$NON-NLS-1$
                }
            }
        }
        for (Quadrant q : Quadrant.values()) {
            decorations.legend(new LegendItem(Look.filled(UseCaseMarks.STYLE, Look.quadrant(q))
                    .withPattern(Look.quadrantPattern(q)), null, q.label(context.locale())));
        }
        decorations.note(words.text("Legend_quadrantNote", //$NON-NLS-1$
                words.number(context.scoring().parameters().impactThreshold(), 0),
                words.number(context.scoring().parameters().feasibilityThreshold(), 0)));
    }
}
