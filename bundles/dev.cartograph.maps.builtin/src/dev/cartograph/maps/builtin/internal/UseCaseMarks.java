// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapIds;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;

/**
 * A use case's node as every built-in map draws it: its name, its rank as a badge ({@code #3}),
 * and a badge with a word when it is not ranked (rejected, blocked, not ready, incomplete). Its
 * quadrant colour is the quadrant layer's.
 */
public final class UseCaseMarks {

    /** The style of a use case's node before any layer. */
    public static final Style STYLE = Style.DEFAULT.withShape(NodeShape.ROUNDED).withStroke(Look.INK).withFontSize(11);

    private UseCaseMarks() {
    }

    /**
     * @param useCase a use case
     * @param under the element it is shown under (a stage, step, friction), or {@code null} if
     *            shown once
     * @param context the map's context
     * @param words the map's words
     * @return its node
     */
    public static Node node(UseCase useCase, EObject under, MapContext context, Words words) {
        String id = under == null ? MapIds.of(BuiltinMaps.USE_CASE, useCase)
                : MapIds.of(BuiltinMaps.USE_CASE, useCase, under);
        Node node = new Node(id, BuiltinMaps.USE_CASE, useCase);
        node.setLabel(words.name(useCase));
        node.setTooltip(words.name(useCase));
        node.setStyle(STYLE);
        Optional<UseCaseScore> score = context.scoring().find(useCase);
        int rank = context.scoring().rankOf(useCase);
        if (rank > 0) {
            node.badges().add(new Badge(BuiltinMaps.BADGE_RANK, "#" + rank, Look.badge(Rgb.WHITE), //$NON-NLS-1$
                    BadgePosition.TOP_LEFT, words.text("UseCase_rank", rank))); //$NON-NLS-1$
        }
        Standing standing = score.map(UseCaseScore::standing).orElse(Standing.INCOMPLETE);
        if (standing != Standing.RANKED) {
            String word = words.text("Standing_" + standing.name()); //$NON-NLS-1$
            String reason = score.map(s -> reason(s, words)).orElse(word);
            node.badges().add(new Badge(BuiltinMaps.BADGE_STANDING, word, Look.badge(Look.PALE),
                    BadgePosition.TOP_RIGHT, reason));
            node.setStyle(STYLE.withLine(LinePattern.DASHED));
        }
        return node;
    }

    private static String reason(UseCaseScore score, Words words) {
        return switch (score.standing()) {
        case REJECTED -> score.rejectionReason().isBlank() ? words.text("Standing_REJECTED") //$NON-NLS-1$
                : words.text("UseCase_rejectedBecause", score.rejectionReason()); //$NON-NLS-1$
        case BLOCKED, NOT_READY -> words.text("UseCase_gatedBy", score.gates().size()); //$NON-NLS-1$
        case INCOMPLETE -> words.text("UseCase_missing", score.missing().size()); //$NON-NLS-1$
        case RANKED -> ""; //$NON-NLS-1$
        };
    }
}
