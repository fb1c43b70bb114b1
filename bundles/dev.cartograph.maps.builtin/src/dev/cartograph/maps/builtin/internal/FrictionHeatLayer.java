// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Style;
import dev.cartograph.maps.Decorations;
import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.MapContext;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * Friction heat: journey stages, workflow steps and, on the portfolio map, workflows and
 * journeys coloured from light to dark by the pain of their frictions ({@link Pain}), relative to
 * the most painful element of the same kind on the map, the figure written too.
 */
public final class FrictionHeatLayer implements LayerDecorator {

    @Override
    public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
        Words words = new Words(context.locale());
        Map<DiagramElement, Double> pain = new IdentityHashMap<>();
        for (Band band : diagram.bands()) {
            if (band.semantic() instanceof JourneyStage stage) {
                pain.put(band, Pain.of(stage));
            }
        }
        for (Node node : diagram.allNodes()) {
            double value = switch (node.semantic()) {
            case JourneyStage stage -> Pain.of(stage);
            case WorkflowStep step -> step(step);
            case Workflow workflow -> workflow.getSteps().stream().mapToDouble(FrictionHeatLayer::step).sum();
            case CustomerJourney journey -> journey.getStages().stream().mapToDouble(Pain::of).sum();
            case null, default -> Double.NaN;
            };
            if (!Double.isNaN(value)) {
                pain.put(node, value);
            }
        }
        Map<String, Double> max = new HashMap<>();
        pain.forEach((element, value) -> max.merge(element.kind(), value, Math::max));
        pain.forEach((element, value) -> {
            double top = max.get(element.kind());
            double share = top == 0 ? 0 : value / top;
            decorations.restyle(element, s -> heat(s, share));
            String text = words.text("Heat_pain", words.number(value, 1)); //$NON-NLS-1$
            if (element instanceof Node node) {
                decorations.detail(node, text);
            }
            decorations.tooltip(element, text);
        });
        decorations.legend(new LegendItem(Style.DEFAULT.withFill(Look.heat(0.1)), null, words.text("Legend_heatLow"))); //$NON-NLS-1$
        decorations.legend(new LegendItem(Style.DEFAULT.withFill(Look.heat(1)).withPattern(FillPattern.DOTS), null,
                words.text("Legend_painHigh"))); //$NON-NLS-1$
        decorations.note(words.text("Pain_formula", words.number(Pain.CHURN_FACTOR, 1))); //$NON-NLS-1$
    }

    private static double step(WorkflowStep step) {
        double sum = 0;
        for (Friction friction : step.getFrictions()) {
            sum += Pain.of(friction);
        }
        return sum;
    }

    /** A heat fill; the hottest quarter is dotted too, so that it reads without colour. */
    static Style heat(Style style, double share) {
        Style hot = Look.filled(style, Look.heat(share));
        return share >= 0.75 ? hot.withPattern(FillPattern.DOTS) : hot;
    }
}
