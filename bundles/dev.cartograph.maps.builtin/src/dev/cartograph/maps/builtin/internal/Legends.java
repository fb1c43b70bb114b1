// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.model.Severity;

/** The legends of the built-in maps: what every colour, shape and badge means. */
final class Legends {

    private Legends() {
    }

    static Legend journey(Words words) {
        Legend legend = new Legend(words.text("Legend_title")); //$NON-NLS-1$
        frictions(legend, words);
        legend.items().add(new LegendItem(Look.gap(), null, words.text("Legend_noFriction"))); //$NON-NLS-1$
        legend.items().add(new LegendItem(Look.band().withFill(Look.PALE.mix(Look.PURPLE, 0.15))
                .withLine(LinePattern.DASHED), null, words.text("Legend_postJourney"))); //$NON-NLS-1$
        useCases(legend, words);
        legend.items().add(new LegendItem(Style.DEFAULT.withShape(NodeShape.RECTANGLE).withFill(Look.VERMILLION)
                .withStroke(Look.VERMILLION), null, words.text("Legend_painCurve"))); //$NON-NLS-1$
        legend.notes().add(words.text("Pain_formula", words.number(Pain.CHURN_FACTOR, 1))); //$NON-NLS-1$
        return legend;
    }

    /** The items every map with frictions has. */
    static void frictions(Legend legend, Words words) {
        for (Severity severity : Severity.VALUES) {
            legend.items().add(new LegendItem(Look.filled(Style.DEFAULT.withStroke(Look.INK)
                    .withStrokeWidth(1 + severity.getValue() * 0.5), Look.severity(severity)), null,
                    words.text("Legend_severity", words.literal(severity)))); //$NON-NLS-1$
        }
        legend.items().add(new LegendItem(Look.badge(Look.PURPLE), null, words.text("Legend_churn", //$NON-NLS-1$
                words.text("Friction_churnBadge")))); //$NON-NLS-1$
        legend.items().add(new LegendItem(Look.badge(Look.PALE).withShape(NodeShape.DOCUMENT), "3", //$NON-NLS-1$
                words.text("Legend_evidence"))); //$NON-NLS-1$
        legend.items().add(new LegendItem(Style.DEFAULT.withStroke(Look.VERMILLION).withStrokeWidth(3)
                .withLine(LinePattern.DASHED), null, words.text("Legend_open", words.text("Friction_openBadge")))); //$NON-NLS-1$ //$NON-NLS-2$
        legend.items().add(new LegendItem(Style.DEFAULT.withFill(Look.PALE).withLine(LinePattern.DOTTED), null,
                words.text("Friction_outOfScope"))); //$NON-NLS-1$
    }

    /** The items every map with use cases has. */
    static void useCases(Legend legend, Words words) {
        legend.items().add(new LegendItem(Look.badge(Rgb.WHITE), "#1", words.text("Legend_rank"))); //$NON-NLS-1$ //$NON-NLS-2$
        legend.items().add(new LegendItem(UseCaseMarks.STYLE.withLine(LinePattern.DASHED)
                .withPattern(FillPattern.NONE), null, words.text("Legend_notRanked"))); //$NON-NLS-1$
    }
}
