// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Style;
import dev.cartograph.diagram.layout.DiagramLayout;
import dev.cartograph.maps.MapBuilder;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapIds;
import dev.cartograph.maps.PaletteTool;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * The portfolio map: the whole programme on one canvas, in the regions of {@link Regions}. Each
 * workflow is a container of its steps, each journey a container of its stages (with their
 * frictions), and every use case is pinned inside each step or stage it is anchored on (a use
 * case addressing a stage's friction is pinned on that stage). Use cases anchored nowhere have a
 * region of their own. When the map would draw more boxes than the context's
 * {@linkplain MapContext#aggregationThreshold() aggregation threshold}, every container is
 * collapsed instead: it shows how many steps or stages it has, and how many use cases per
 * quadrant, as {@link Aggregates} says.
 */
public final class PortfolioMap implements MapBuilder {

    @Override
    public boolean appliesTo(EObject element) {
        return element instanceof Portfolio;
    }

    @Override
    public List<Portfolio> subjects(Portfolio portfolio) {
        return List.of(portfolio);
    }

    @Override
    public DiagramLayout layout() {
        return Layouts.regions();
    }

    @Override
    public List<PaletteTool> palette(Locale locale) {
        return Palettes.portfolio(new Words(locale));
    }

    @Override
    public Collection<? extends EObject> trace(EObject selected, MapContext context) {
        return selected instanceof Friction friction ? FrictionTrace.of(friction, context.portfolio()) : List.of();
    }

    @Override
    public Diagram build(MapContext context) {
        Portfolio portfolio = (Portfolio) context.element();
        Words words = new Words(context.locale());
        Diagram diagram = new Diagram(MapIds.of(BuiltinMaps.PORTFOLIO_MAP, portfolio));
        diagram.setTitle(words.name(portfolio));
        boolean aggregate = boxes(portfolio) > context.aggregationThreshold();
        diagram.setSubtitle(words.text(aggregate ? "Portfolio_subtitleAggregated" : "Portfolio_subtitle", //$NON-NLS-1$ //$NON-NLS-2$
                portfolio.getWorkflows().size(), portfolio.getJourneys().size(), portfolio.getUseCases().size()));
        regions(diagram, portfolio, words);
        Map<Regions, Integer> orders = new EnumMap<>(Regions.class);
        for (Workflow workflow : portfolio.getWorkflows()) {
            Regions region = Regions.of(workflow);
            Node container = aggregate ? Aggregates.workflow(workflow, context, words) : workflow(workflow, context, words);
            place(diagram, container, region, orders);
        }
        for (CustomerJourney journey : portfolio.getJourneys()) {
            Node container = aggregate ? Aggregates.journey(journey, context, words) : journey(journey, context, words);
            place(diagram, container, Regions.JOURNEYS, orders);
        }
        List<UseCase> unanchored = unanchored(portfolio);
        if (!unanchored.isEmpty()) {
            Node container = new Node("unanchored", BuiltinMaps.REGION, null); //$NON-NLS-1$
            container.setLabel(words.text("Portfolio_unanchored", unanchored.size())); //$NON-NLS-1$
            container.setStyle(Look.gap().withPattern(FillPattern.NONE));
            if (aggregate) {
                container.setCollapsed(true);
                Aggregates.counts(container, unanchored, context, words);
            } else {
                unanchored.forEach(u -> container.add(UseCaseMarks.node(u, null, context, words)));
            }
            place(diagram, container, Regions.UNANCHORED, orders);
        }
        diagram.setLegend(legend(words, aggregate));
        return diagram;
    }

    /** How many boxes the map would draw without aggregation. */
    static int boxes(Portfolio portfolio) {
        int boxes = 0;
        for (Workflow workflow : portfolio.getWorkflows()) {
            boxes += 1 + workflow.getSteps().size();
            for (WorkflowStep step : workflow.getSteps()) {
                boxes += step.getUseCases().size();
            }
        }
        for (CustomerJourney journey : portfolio.getJourneys()) {
            boxes++;
            for (JourneyStage stage : journey.getStages()) {
                boxes += 1 + stage.getFrictions().size() + JourneyMap.useCases(stage).size();
            }
        }
        return boxes + unanchored(portfolio).size();
    }

    static List<UseCase> unanchored(Portfolio portfolio) {
        return portfolio.getUseCases().stream()
                .filter(u -> u.getSteps().isEmpty() && u.getStages().isEmpty() && u.getFrictions().isEmpty()).toList();
    }

    private static void regions(Diagram diagram, Portfolio portfolio, Words words) {
        boolean unanchored = !unanchored(portfolio).isEmpty();
        for (Regions region : Regions.values()) {
            if (region == Regions.UNANCHORED && !unanchored) {
                continue;
            }
            Band band = new Band(region.id(), BuiltinMaps.REGION, null, BandKind.REGION);
            band.setLabel(words.text(region.key()));
            band.setOrder(region.ordinal());
            band.setStyle(Look.band());
            diagram.add(band);
        }
    }

    private static void place(Diagram diagram, Node container, Regions region, Map<Regions, Integer> orders) {
        container.setLane(region.id());
        container.setOrder(orders.merge(region, 1, Integer::sum) - 1);
        diagram.add(container);
    }

    private static Node workflow(Workflow workflow, MapContext context, Words words) {
        Node container = container(MapIds.of(BuiltinMaps.WORKFLOW, workflow), BuiltinMaps.WORKFLOW, workflow, words);
        container.details().add(words.text("Portfolio_steps", workflow.getSteps().size())); //$NON-NLS-1$
        int order = 0;
        for (WorkflowStep step : workflow.getSteps()) {
            Node node = new Node(MapIds.of(BuiltinMaps.STEP, step), BuiltinMaps.STEP, step);
            node.setLabel(words.name(step));
            node.setTooltip(words.name(step));
            node.setOrder(order++);
            node.setStyle(Style.DEFAULT.withShape(NodeShape.RECTANGLE).withStroke(Look.INK).withFontSize(11));
            if (!step.getFrictions().isEmpty()) {
                node.details().add(words.text("Portfolio_stepFrictions", step.getFrictions().size())); //$NON-NLS-1$
            }
            int pinned = 0;
            for (UseCase useCase : step.getUseCases()) {
                Node pin = UseCaseMarks.node(useCase, step, context, words);
                pin.setOrder(pinned++);
                node.add(pin);
            }
            container.add(node);
        }
        return container;
    }

    private static Node journey(CustomerJourney journey, MapContext context, Words words) {
        Node container = container(MapIds.of(BuiltinMaps.JOURNEY, journey), BuiltinMaps.JOURNEY, journey, words);
        container.details().add(words.text("Portfolio_stages", journey.getStages().size())); //$NON-NLS-1$
        int order = 0;
        for (JourneyStage stage : journey.getStages()) {
            Node node = new Node(MapIds.of(BuiltinMaps.STAGE, stage), BuiltinMaps.STAGE, stage);
            node.setLabel(words.name(stage));
            node.setTooltip(words.text("Stage_tooltip", words.name(stage), words.literal(stage.getKind()), //$NON-NLS-1$
                    stage.getFrictions().size(), stage.getTouchpoints().size()));
            node.setOrder(order++);
            node.setStyle(stage.getFrictions().isEmpty() ? Look.gap() : Look.band().withFontSize(11));
            int inner = 0;
            for (Friction friction : stage.getFrictions()) {
                Node child = FrictionMarks.node(friction, words);
                child.setOrder(inner++);
                node.add(child);
            }
            for (UseCase useCase : JourneyMap.useCases(stage)) {
                Node pin = UseCaseMarks.node(useCase, stage, context, words);
                pin.setOrder(inner++);
                node.add(pin);
            }
            container.add(node);
        }
        return container;
    }

    /**
     * @param id the container's id
     * @param kind its kind
     * @param element the workflow or journey
     * @param words the map's words
     * @return an empty container
     */
    static Node container(String id, String kind, NamedElement element, Words words) {
        Node container = new Node(id, kind, element);
        container.setLabel(words.name(element));
        container.setTooltip(words.name(element));
        container.setStyle(Style.DEFAULT.withShape(NodeShape.RECTANGLE).withFill(Look.PALE).withStroke(Look.GREY)
                .withFontSize(13).withBold(true));
        return container;
    }

    private static Legend legend(Words words, boolean aggregate) {
        Legend legend = new Legend(words.text("Legend_title")); //$NON-NLS-1$
        legend.items().add(new LegendItem(Style.DEFAULT.withShape(NodeShape.RECTANGLE).withFill(Look.PALE)
                .withStroke(Look.GREY), null, words.text("Legend_container"))); //$NON-NLS-1$
        legend.items().add(new LegendItem(Look.gap(), null, words.text("Legend_noFriction"))); //$NON-NLS-1$
        Legends.frictions(legend, words);
        Legends.useCases(legend, words);
        if (aggregate) {
            Aggregates.legend(legend, words);
        }
        legend.notes().add(words.text("Legend_trace")); //$NON-NLS-1$
        return legend;
    }
}
