// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.Node;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapIds;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.UseCaseScore;

/**
 * The collapsed containers of an aggregated portfolio map: a workflow or journey as one box
 * with its number of steps or stages, of use cases and of open frictions, and one badge per
 * quadrant with the number of its use cases in that quadrant ({@code QW 12}: twelve quick wins),
 * plus one for those not scored.
 */
final class Aggregates {

    private Aggregates() {
    }

    static Node workflow(Workflow workflow, MapContext context, Words words) {
        Node container = PortfolioMap.container(MapIds.of(BuiltinMaps.WORKFLOW, workflow), BuiltinMaps.WORKFLOW,
                workflow, words);
        container.setCollapsed(true);
        Set<UseCase> useCases = new LinkedHashSet<>();
        int frictions = 0;
        for (WorkflowStep step : workflow.getSteps()) {
            useCases.addAll(step.getUseCases());
            frictions += step.getFrictions().size();
        }
        container.details().add(words.text("Portfolio_steps", workflow.getSteps().size())); //$NON-NLS-1$
        container.details().add(words.text("Portfolio_frictions", frictions)); //$NON-NLS-1$
        counts(container, useCases, context, words);
        return container;
    }

    static Node journey(CustomerJourney journey, MapContext context, Words words) {
        Node container = PortfolioMap.container(MapIds.of(BuiltinMaps.JOURNEY, journey), BuiltinMaps.JOURNEY, journey,
                words);
        container.setCollapsed(true);
        Set<UseCase> useCases = new LinkedHashSet<>();
        int open = 0;
        for (JourneyStage stage : journey.getStages()) {
            useCases.addAll(JourneyMap.useCases(stage));
            for (Friction friction : stage.getFrictions()) {
                if (!friction.isOutOfScope() && friction.getAddressedBy().isEmpty()) {
                    open++;
                }
            }
        }
        container.details().add(words.text("Portfolio_stages", journey.getStages().size())); //$NON-NLS-1$
        container.details().add(words.text("Portfolio_openFrictions", open)); //$NON-NLS-1$
        counts(container, useCases, context, words);
        return container;
    }

    /** Adds the number of use cases and one badge per quadrant that has some. */
    static void counts(Node container, Collection<UseCase> useCases, MapContext context, Words words) {
        Map<Quadrant, Integer> counts = new EnumMap<>(Quadrant.class);
        int unscored = 0;
        for (UseCase useCase : useCases) {
            Quadrant quadrant = context.scoring().find(useCase).map(UseCaseScore::quadrant).orElse(null);
            if (quadrant == null) {
                unscored++;
            } else {
                counts.merge(quadrant, 1, Integer::sum);
            }
        }
        container.details().add(words.text("Portfolio_useCases", useCases.size())); //$NON-NLS-1$
        for (Map.Entry<Quadrant, Integer> count : counts.entrySet()) {
            Quadrant quadrant = count.getKey();
            container.badges().add(new Badge(BuiltinMaps.BADGE_QUADRANT_COUNT + '.' + quadrant.name(),
                    words.text("Quadrant_short_" + quadrant.name()) + ' ' + count.getValue(), //$NON-NLS-1$
                    Look.badge(Look.quadrant(quadrant)).withPattern(Look.quadrantPattern(quadrant)),
                    BadgePosition.BOTTOM_LEFT, words.text("Portfolio_quadrantCount", count.getValue(), //$NON-NLS-1$
                            quadrant.label(words.locale()))));
        }
        if (unscored > 0) {
            container.badges().add(new Badge(BuiltinMaps.BADGE_QUADRANT_COUNT + ".unscored", //$NON-NLS-1$
                    words.text("Quadrant_short_none") + ' ' + unscored, Look.badge(Look.PALE), //$NON-NLS-1$
                    BadgePosition.BOTTOM_LEFT, words.text("Portfolio_unscoredCount", unscored))); //$NON-NLS-1$
        }
    }

    static void legend(Legend legend, Words words) {
        for (Quadrant quadrant : Quadrant.values()) {
            legend.items().add(new LegendItem(Look.badge(Look.quadrant(quadrant)).withPattern(Look.quadrantPattern(quadrant)),
                    words.text("Quadrant_short_" + quadrant.name()), //$NON-NLS-1$
                    words.text("Legend_quadrantCount", quadrant.label(words.locale())))); //$NON-NLS-1$
        }
        legend.notes().add(words.text("Legend_aggregated")); //$NON-NLS-1$
    }
}
