// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
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
import dev.cartograph.model.Friction;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * The workflow map: one workflow's steps in swimlanes by actor (in order of each actor's first
 * step; steps without actor in a last lane), linked along their successors, so that branches,
 * joins and cycles show as a flow. Each step shows its volume, manual effort and error rate, and
 * holds the frictions observed there and the use cases anchored on it.
 */
public final class WorkflowMap implements MapBuilder {

    /** The id of the lane of steps without actor. */
    public static final String NO_ACTOR_LANE = "lane:actor:none"; //$NON-NLS-1$

    @Override
    public boolean appliesTo(EObject element) {
        return element instanceof Workflow;
    }

    @Override
    public List<Workflow> subjects(Portfolio portfolio) {
        return List.copyOf(portfolio.getWorkflows());
    }

    @Override
    public DiagramLayout layout() {
        return Layouts.laneFlow();
    }

    @Override
    public List<PaletteTool> palette(Locale locale) {
        return Palettes.workflow(new Words(locale));
    }

    @Override
    public Diagram build(MapContext context) {
        Workflow workflow = (Workflow) context.element();
        Words words = new Words(context.locale());
        Diagram diagram = new Diagram(MapIds.of(BuiltinMaps.WORKFLOW_MAP, workflow));
        diagram.setTitle(words.name(workflow));
        diagram.setSubtitle(subtitle(workflow, context, words));
        Map<String, Band> lanes = lanes(diagram, workflow, words);
        Map<WorkflowStep, Node> nodes = new HashMap<>();
        int order = 0;
        for (WorkflowStep step : workflow.getSteps()) {
            Node node = step(step, context, words);
            node.setLane(lanes.get(actor(step)).id());
            node.setOrder(order++);
            diagram.add(node);
            nodes.put(step, node);
        }
        for (WorkflowStep step : workflow.getSteps()) {
            for (WorkflowStep successor : step.getSuccessors()) {
                Node target = nodes.get(successor);
                if (target != null) {
                    Node source = nodes.get(step);
                    Edge edge = new Edge(source.id() + "->" + target.id(), BuiltinMaps.SUCCESSOR, null, source, target); //$NON-NLS-1$
                    edge.setTooltip(words.text("Edge_successor", words.name(step), words.name(successor))); //$NON-NLS-1$
                    edge.setStyle(Style.DEFAULT.withStroke(Look.INK).withStrokeWidth(1.5));
                    diagram.add(edge);
                }
            }
        }
        diagram.setLegend(legend(words));
        return diagram;
    }

    private static String subtitle(Workflow workflow, MapContext context, Words words) {
        String volume = workflow.isSetVolume()
                ? words.text("Figure_perPeriod", words.number(workflow.getVolume(), 1), words.literal(workflow.getPeriod())) //$NON-NLS-1$
                : words.text("Figure_unknown"); //$NON-NLS-1$
        return words.text("Workflow_subtitle", words.literal(workflow.getScope()), words.literal(workflow.getCategory()), //$NON-NLS-1$
                volume, words.name(context.portfolio()));
    }

    private static String actor(WorkflowStep step) {
        String actor = step.getActor();
        return actor == null ? "" : actor.strip(); //$NON-NLS-1$
    }

    private static Map<String, Band> lanes(Diagram diagram, Workflow workflow, Words words) {
        Map<String, Band> lanes = new LinkedHashMap<>();
        boolean withoutActor = false;
        for (WorkflowStep step : workflow.getSteps()) {
            String actor = actor(step);
            if (actor.isEmpty()) {
                withoutActor = true;
            } else if (!lanes.containsKey(actor)) {
                String id = "lane:actor:" + UUID.nameUUIDFromBytes(actor.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
                lanes.put(actor, lane(id, actor, lanes.size()));
            }
        }
        if (withoutActor) {
            lanes.put("", lane(NO_ACTOR_LANE, words.text("Lane_noActor"), lanes.size())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        lanes.values().forEach(diagram::add);
        return lanes;
    }

    private static Band lane(String id, String label, int order) {
        Band lane = new Band(id, BuiltinMaps.LANE, null, BandKind.ROW);
        lane.setLabel(label);
        lane.setTooltip(label);
        lane.setOrder(order);
        lane.setStyle(Look.band().withFontSize(12));
        return lane;
    }

    /**
     * @param step a step
     * @param context the map's context
     * @param words the map's words
     * @return its node, with its figures and, inside, its frictions and use cases
     */
    static Node step(WorkflowStep step, MapContext context, Words words) {
        Node node = new Node(MapIds.of(BuiltinMaps.STEP, step), BuiltinMaps.STEP, step);
        node.setLabel(words.name(step));
        node.setStyle(Style.DEFAULT.withShape(NodeShape.RECTANGLE).withStroke(Look.INK).withStrokeWidth(1.5)
                .withBold(true));
        double volume = StepFigures.volume(step);
        node.details().add(words.text("Step_volume", Double.isNaN(volume) ? words.text("Figure_unknown") //$NON-NLS-1$ //$NON-NLS-2$
                : words.number(volume, 1)));
        node.details().add(words.text("Step_effort", step.isSetManualEffort() //$NON-NLS-1$
                ? words.text("Figure_minutes", words.number(step.getManualEffort(), 1)) : words.text("Figure_unknown"))); //$NON-NLS-1$ //$NON-NLS-2$
        node.details().add(words.text("Step_errorRate", step.isSetErrorRate() //$NON-NLS-1$
                ? words.text("Figure_percent", words.number(step.getErrorRate() * 100, 1)) : words.text("Figure_unknown"))); //$NON-NLS-1$ //$NON-NLS-2$
        String description = step.getDescription();
        node.setTooltip(description == null || description.isBlank() ? words.name(step)
                : words.name(step) + '\n' + description);
        for (Friction friction : step.getFrictions()) {
            node.add(FrictionMarks.node(friction, words));
        }
        for (UseCase useCase : step.getUseCases()) {
            node.add(UseCaseMarks.node(useCase, step, context, words));
        }
        return node;
    }

    private static Legend legend(Words words) {
        Legend legend = new Legend(words.text("Legend_title")); //$NON-NLS-1$
        legend.items().add(new LegendItem(Style.DEFAULT.withShape(NodeShape.RECTANGLE).withStroke(Look.INK)
                .withStrokeWidth(1.5), null, words.text("Legend_step"))); //$NON-NLS-1$
        Legends.frictions(legend, words);
        Legends.useCases(legend, words);
        legend.notes().add(words.text("Legend_successor")); //$NON-NLS-1$
        return legend;
    }
}
