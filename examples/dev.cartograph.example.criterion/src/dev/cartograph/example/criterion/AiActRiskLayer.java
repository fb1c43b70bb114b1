// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.example.criterion;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

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
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionScore;

/**
 * The layer {@value #LAYER_ID}: a badge on every use case of a map with its EU AI Act risk class,
 * in words ({@code AI Act: high}) and by shape (minimal a pill, limited a rounded box, high a
 * hexagon, unacceptable a diamond), darker as the class is higher.
 * <p>
 * The class is derived from the use case's value on the criterion {@value AiActHighRiskCheck#CRITERION_ID}
 * in the portfolio's live scoring (the assessors' aggregated ratings, 1 to 4), with the rule's
 * thresholds: 4 and above unacceptable, from 3 high, from 2 limited, below minimal. A use case
 * nobody rated, or a portfolio that does not enable the criterion, gets an "AI Act: ?" badge: not
 * assessed. The layer follows the scoring: change a rating and the badge changes with the ranking.
 * <p>
 * The id, label, kinds of map and default are declared in {@code plugin.xml}; this class reads
 * the built diagram and records badges and legend lines, and keeps no state.
 */
public final class AiActRiskLayer implements LayerDecorator {

    /** The layer's id, as declared in {@code plugin.xml}. */
    public static final String LAYER_ID = "example.aiActRisk"; //$NON-NLS-1$

    private static final String MESSAGES = "dev.cartograph.example.criterion.messages"; //$NON-NLS-1$
    private static final String[] CLASSES = { "minimal", "limited", "high", "unacceptable" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final NodeShape[] SHAPES = { NodeShape.PILL, NodeShape.ROUNDED, NodeShape.HEXAGON, NodeShape.DIAMOND };
    /** From light to dark, one hue (blue): readable by lightness alone. */
    private static final Rgb[] FILLS = { Rgb.of(0xdeebf7), Rgb.of(0x9ecae1), Rgb.of(0x3182bd), Rgb.of(0x08306b) };

    /** Creates the layer; the extension registry calls this. */
    public AiActRiskLayer() {
        // Stateless.
    }

    @Override
    public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
        Locale locale = context.locale();
        for (Node node : diagram.allNodes()) {
            if (node.semantic() instanceof UseCase useCase) {
                OptionalDouble rating = context.score(useCase).flatMap(s -> s.criterion(AiActHighRiskCheck.CRITERION_ID))
                        .filter(CriterionScore::isPresent).map(s -> OptionalDouble.of(s.value()))
                        .orElse(OptionalDouble.empty());
                decorations.badge(node, badge(rating, locale));
            }
        }
        for (int i = 0; i < CLASSES.length; i++) {
            decorations.legend(new LegendItem(style(i), text(locale, "layer_badge", text(locale, "layer_" + CLASSES[i])), //$NON-NLS-1$ //$NON-NLS-2$
                    text(locale, "layer_legend_" + CLASSES[i]))); //$NON-NLS-1$
        }
        decorations.note(text(locale, "layer_note")); //$NON-NLS-1$
    }

    private static Badge badge(OptionalDouble rating, Locale locale) {
        if (rating.isEmpty()) {
            return new Badge(LAYER_ID, text(locale, "layer_badge", "?"), //$NON-NLS-1$ //$NON-NLS-2$
                    Style.DEFAULT.withShape(NodeShape.PILL).withFill(Rgb.WHITE).withFontSize(9),
                    BadgePosition.BOTTOM_RIGHT, text(locale, "layer_notAssessed")); //$NON-NLS-1$
        }
        int index = riskClass(rating.getAsDouble());
        String name = text(locale, "layer_" + CLASSES[index]); //$NON-NLS-1$
        return new Badge(LAYER_ID, text(locale, "layer_badge", name), style(index), BadgePosition.BOTTOM_RIGHT, //$NON-NLS-1$
                text(locale, "layer_tooltip", rating.getAsDouble(), name)); //$NON-NLS-1$
    }

    /**
     * @param rating a rating from 1 to 4
     * @return the index of its class: 0 minimal, 1 limited, 2 high, 3 unacceptable
     */
    static int riskClass(double rating) {
        if (rating >= AiActHighRiskCheck.UNACCEPTABLE) {
            return 3;
        }
        if (rating >= AiActHighRiskCheck.HIGH_RISK) {
            return 2;
        }
        return rating >= 2 ? 1 : 0;
    }

    private static Style style(int index) {
        return Style.DEFAULT.withShape(SHAPES[index]).withFill(FILLS[index]).withTextColor(FILLS[index].readableText())
                .withFontSize(9).withBold(index >= 2);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(MESSAGES, locale, AiActRiskLayer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
