// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.StringJoiner;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.maps.MapIds;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Touchpoint;

/**
 * A friction's node as every built-in map draws it: filled by severity (light to dark) with the
 * severity and frequency written under its name and an outline as thick as it is severe; a
 * churn badge if it drives churn; the number of evidence items in a document-shaped badge; and,
 * when no use case addresses it and it is in scope, a dashed outline and an "open" badge: it is
 * an opportunity nobody has taken yet. A friction out of scope is grey, with its outline dotted.
 */
public final class FrictionMarks {

    private FrictionMarks() {
    }

    /**
     * @param friction a friction
     * @param words the map's words
     * @return its node
     */
    public static Node node(Friction friction, Words words) {
        Node node = new Node(MapIds.of(BuiltinMaps.FRICTION, friction), BuiltinMaps.FRICTION, friction);
        node.setLabel(words.name(friction));
        node.details().add(words.text("Friction_severityFrequency", words.literal(friction.getSeverity()), //$NON-NLS-1$
                words.literal(friction.getFrequency())));
        Style style = Look.filled(Style.DEFAULT.withShape(NodeShape.ROUNDED).withStroke(Look.INK)
                .withStrokeWidth(1 + friction.getSeverity().getValue() * 0.5).withFontSize(11),
                Look.severity(friction.getSeverity()));
        node.setTooltip(tooltip(friction, words));
        if (friction.isOutOfScope()) {
            style = style.withFill(Look.PALE).withTextColor(Look.INK).withLine(LinePattern.DOTTED);
            node.details().add(words.text("Friction_outOfScope")); //$NON-NLS-1$
        } else if (friction.getAddressedBy().isEmpty()) {
            style = style.withStroke(Look.VERMILLION).withStrokeWidth(3).withLine(LinePattern.DASHED);
            node.badges().add(new Badge(BuiltinMaps.BADGE_OPEN, words.text("Friction_openBadge"), //$NON-NLS-1$
                    Look.badge(Look.VERMILLION), BadgePosition.TOP_RIGHT, words.text("Friction_openTooltip"))); //$NON-NLS-1$
        }
        node.setStyle(style);
        if (friction.isDrivesChurn()) {
            node.badges().add(new Badge(BuiltinMaps.BADGE_CHURN, words.text("Friction_churnBadge"), //$NON-NLS-1$
                    Look.badge(Look.PURPLE), BadgePosition.TOP_LEFT, words.text("Friction_churnTooltip"))); //$NON-NLS-1$
        }
        int evidence = friction.getEvidence().size();
        node.badges().add(new Badge(BuiltinMaps.BADGE_EVIDENCE, Integer.toString(evidence),
                Look.badge(evidence == 0 ? Rgb.WHITE : Look.PALE).withShape(NodeShape.DOCUMENT)
                        .withPattern(evidence == 0 ? FillPattern.HATCH : FillPattern.NONE),
                BadgePosition.BOTTOM_RIGHT, words.text("Friction_evidence", evidence))); //$NON-NLS-1$
        return node;
    }

    private static String tooltip(Friction friction, Words words) {
        StringJoiner text = new StringJoiner("\n"); //$NON-NLS-1$
        text.add(words.name(friction));
        text.add(words.text("Friction_severityFrequency", words.literal(friction.getSeverity()), //$NON-NLS-1$
                words.literal(friction.getFrequency())));
        if (!friction.getTouchpoints().isEmpty()) {
            StringJoiner seen = new StringJoiner(", "); //$NON-NLS-1$
            for (Touchpoint touchpoint : friction.getTouchpoints()) {
                seen.add(words.name(touchpoint));
            }
            text.add(words.text("Friction_seenAt", seen.toString())); //$NON-NLS-1$
        }
        if (friction.getDescription() != null && !friction.getDescription().isBlank()) {
            text.add(friction.getDescription());
        }
        return text.toString();
    }
}
