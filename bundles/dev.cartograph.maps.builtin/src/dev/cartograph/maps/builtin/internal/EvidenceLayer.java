// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Style;
import dev.cartograph.maps.Decorations;
import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.EvidenceKind;
import dev.cartograph.model.Friction;

/**
 * Evidence: under every friction, the kinds of evidence behind it (interviews, tickets,
 * analytics...), each item's source in the tooltip; a friction with no evidence at all gets an
 * "unproven" badge and a dotted outline: it is a hypothesis, not yet a finding.
 */
public final class EvidenceLayer implements LayerDecorator {

    @Override
    public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
        Words words = new Words(context.locale());
        for (Node node : diagram.allNodes()) {
            if (node.semantic() instanceof Friction friction) {
                if (friction.getEvidence().isEmpty()) {
                    decorations.restyle(node, s -> s.withLine(LinePattern.DOTTED));
                    decorations.badge(node, new Badge(BuiltinMaps.BADGE_UNPROVEN, words.text("Evidence_noneBadge"), //$NON-NLS-1$
                            Look.badge(Look.YELLOW), BadgePosition.BOTTOM_LEFT, words.text("Evidence_noneTooltip"))); //$NON-NLS-1$
                    continue;
                }
                Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
                StringJoiner sources = new StringJoiner("\n"); //$NON-NLS-1$
                for (Evidence evidence : friction.getEvidence()) {
                    kinds.add(evidence.getKind());
                    sources.add(words.text("Evidence_item", words.literal(evidence.getKind()), //$NON-NLS-1$
                            evidence.getSource() == null ? "" : evidence.getSource())); //$NON-NLS-1$
                }
                StringJoiner kindNames = new StringJoiner(", "); //$NON-NLS-1$
                kinds.forEach(k -> kindNames.add(words.literal(k)));
                decorations.detail(node, kindNames.toString());
                decorations.tooltip(node, sources.toString());
            }
        }
        decorations.legend(new LegendItem(Look.badge(Look.YELLOW), null, words.text("Legend_unproven", //$NON-NLS-1$
                words.text("Evidence_noneBadge")))); //$NON-NLS-1$
        decorations.legend(new LegendItem(Style.DEFAULT.withLine(LinePattern.DOTTED), null,
                words.text("Legend_evidenceKinds"))); //$NON-NLS-1$
    }
}
