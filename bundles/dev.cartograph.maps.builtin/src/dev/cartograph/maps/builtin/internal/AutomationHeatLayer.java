// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Style;
import dev.cartograph.maps.Decorations;
import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.WorkflowStep;

/**
 * Automation heat: workflow steps coloured from light to dark by the manual time they cost per
 * period ({@link StepFigures#automationHeat(WorkflowStep)}: volume x manual effort), relative to
 * the hottest step on the map, the figure written under the step. A step in the hottest half
 * with no use case anchored on it gets an "unmapped" badge: that is where to look first.
 */
public final class AutomationHeatLayer implements LayerDecorator {

    /** The share of the hottest step from which a step without use case is flagged. */
    static final double HOT = 0.5;

    @Override
    public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
        Words words = new Words(context.locale());
        List<Node> steps = new ArrayList<>();
        double max = 0;
        for (Node node : diagram.allNodes()) {
            if (node.semantic() instanceof WorkflowStep step) {
                steps.add(node);
                max = Math.max(max, StepFigures.automationHeat(step));
            }
        }
        for (Node node : steps) {
            WorkflowStep step = (WorkflowStep) node.semantic();
            double heat = StepFigures.automationHeat(step);
            double share = max == 0 ? 0 : heat / max;
            decorations.restyle(node, s -> FrictionHeatLayer.heat(s, share));
            decorations.detail(node, words.text("Heat_automation", words.number(heat, 0))); //$NON-NLS-1$
            if (share >= HOT && step.getUseCases().isEmpty()) {
                decorations.badge(node, new Badge(BuiltinMaps.AUTOMATION_HEAT, words.text("Heat_unmappedBadge"), //$NON-NLS-1$
                        Look.badge(Look.ORANGE), BadgePosition.TOP_RIGHT, words.text("Heat_unmappedTooltip"))); //$NON-NLS-1$
            }
        }
        decorations.legend(new LegendItem(Style.DEFAULT.withFill(Look.heat(0.1)), null, words.text("Legend_heatLow"))); //$NON-NLS-1$
        decorations.legend(new LegendItem(Style.DEFAULT.withFill(Look.heat(1)).withPattern(FillPattern.DOTS), null,
                words.text("Legend_automationHigh"))); //$NON-NLS-1$
        decorations.legend(new LegendItem(Look.badge(Look.ORANGE), null, words.text("Legend_unmapped", //$NON-NLS-1$
                words.text("Heat_unmappedBadge")))); //$NON-NLS-1$
        decorations.note(words.text("Legend_automationFormula")); //$NON-NLS-1$
    }
}
