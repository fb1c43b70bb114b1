// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Curve;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Style;
import dev.cartograph.diagram.layout.DiagramLayout;
import dev.cartograph.maps.MapBuilder;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapIds;
import dev.cartograph.maps.PaletteTool;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.Channel;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Touchpoint;
import dev.cartograph.model.UseCase;

/**
 * The journey map: one customer journey as a grid. Columns are its stages, in model order, the
 * stage after the journey (churn, cancellation) set apart. Rows are lanes across the stages: one
 * lane of touchpoints per channel used (in the order of the channels), the frictions, and the
 * use cases addressing the frictions of each stage or anchored on it, each linked to the
 * frictions it addresses. A stage with no friction analysed gets a hatched mark in the friction
 * lane. Above the columns, the pain curve of {@link Pain}, the formula stated in the legend.
 */
public final class JourneyMap implements MapBuilder {

    /** The id of the lane of frictions. */
    public static final String FRICTION_LANE = "lane:frictions"; //$NON-NLS-1$
    /** The id of the lane of use cases. */
    public static final String USE_CASE_LANE = "lane:useCases"; //$NON-NLS-1$
    /** The prefix of the id of a lane of touchpoints, followed by the channel's literal. */
    public static final String CHANNEL_LANE = "lane:channel:"; //$NON-NLS-1$

    @Override
    public boolean appliesTo(EObject element) {
        return element instanceof CustomerJourney;
    }

    @Override
    public List<CustomerJourney> subjects(Portfolio portfolio) {
        return List.copyOf(portfolio.getJourneys());
    }

    @Override
    public DiagramLayout layout() {
        return Layouts.grid();
    }

    @Override
    public List<PaletteTool> palette(Locale locale) {
        return Palettes.journey(new Words(locale));
    }

    @Override
    public Diagram build(MapContext context) {
        CustomerJourney journey = (CustomerJourney) context.element();
        Words words = new Words(context.locale());
        Diagram diagram = new Diagram(MapIds.of(BuiltinMaps.JOURNEY_MAP, journey));
        diagram.setTitle(words.name(journey));
        diagram.setSubtitle(journey.getPersona() == null || journey.getPersona().isBlank()
                ? words.text("Journey_subtitle", words.name(context.portfolio())) //$NON-NLS-1$
                : words.text("Journey_subtitlePersona", journey.getPersona(), words.name(context.portfolio()))); //$NON-NLS-1$
        List<Band> columns = columns(diagram, journey, words);
        Map<Channel, Band> channels = lanes(diagram, journey, words);
        for (int i = 0; i < columns.size(); i++) {
            fill(diagram, journey.getStages().get(i), columns.get(i), channels, context, words);
        }
        diagram.add(painCurve(journey, columns, words));
        diagram.setLegend(Legends.journey(words));
        return diagram;
    }

    private static List<Band> columns(Diagram diagram, CustomerJourney journey, Words words) {
        List<Band> columns = new ArrayList<>();
        int order = 0;
        for (JourneyStage stage : journey.getStages()) {
            Band column = new Band(MapIds.of(BuiltinMaps.STAGE, stage), BuiltinMaps.STAGE, stage, BandKind.COLUMN);
            column.setLabel(words.name(stage));
            column.setOrder(order++);
            column.setTooltip(words.text("Stage_tooltip", words.name(stage), words.literal(stage.getKind()), //$NON-NLS-1$
                    stage.getFrictions().size(), stage.getTouchpoints().size()));
            Style style = Look.band();
            if (stage.getKind() == StageKind.POST_JOURNEY) {
                column.setApart(true);
                style = style.withFill(Look.PALE.mix(Look.PURPLE, 0.15)).withLine(LinePattern.DASHED);
            }
            if (stage.getFrictions().isEmpty()) {
                style = style.withPattern(FillPattern.HATCH);
            }
            column.setStyle(style);
            columns.add(diagram.add(column));
        }
        return columns;
    }

    /** One lane per channel used by a touchpoint, then the frictions and the use cases. */
    private static Map<Channel, Band> lanes(Diagram diagram, CustomerJourney journey, Words words) {
        Set<Channel> used = EnumSet.noneOf(Channel.class);
        for (JourneyStage stage : journey.getStages()) {
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                used.add(touchpoint.getChannel());
            }
        }
        Map<Channel, Band> lanes = new EnumMap<>(Channel.class);
        int order = 0;
        for (Channel channel : used) {
            Band lane = lane(CHANNEL_LANE + channel.getLiteral(),
                    words.text("Lane_touchpoints", words.literal(channel)), order++); //$NON-NLS-1$
            lanes.put(channel, diagram.add(lane));
        }
        diagram.add(lane(FRICTION_LANE, words.text("Lane_frictions"), order++)); //$NON-NLS-1$
        diagram.add(lane(USE_CASE_LANE, words.text("Lane_useCases"), order)); //$NON-NLS-1$
        return lanes;
    }

    private static Band lane(String id, String label, int order) {
        Band lane = new Band(id, BuiltinMaps.LANE, null, BandKind.ROW);
        lane.setLabel(label);
        lane.setOrder(order);
        lane.setStyle(Look.band().withFontSize(12));
        return lane;
    }

    private static void fill(Diagram diagram, JourneyStage stage, Band column, Map<Channel, Band> channels,
            MapContext context, Words words) {
        int order = 0;
        for (Touchpoint touchpoint : stage.getTouchpoints()) {
            Node node = new Node(MapIds.of(BuiltinMaps.TOUCHPOINT, touchpoint), BuiltinMaps.TOUCHPOINT, touchpoint);
            node.setLabel(words.name(touchpoint));
            node.setTooltip(words.text("Touchpoint_tooltip", words.name(touchpoint), words.literal(touchpoint.getChannel()))); //$NON-NLS-1$
            node.setStyle(Style.DEFAULT.withShape(NodeShape.PILL).withStroke(Look.GREY).withFontSize(11));
            place(diagram, node, channels.get(touchpoint.getChannel()).id(), column, order++);
        }
        Map<Friction, Node> frictions = new LinkedHashMap<>();
        order = 0;
        for (Friction friction : stage.getFrictions()) {
            frictions.put(friction, place(diagram, FrictionMarks.node(friction, words), FRICTION_LANE, column, order++));
        }
        if (stage.getFrictions().isEmpty()) {
            Node gap = new Node(MapIds.of(BuiltinMaps.NO_FRICTION, stage), BuiltinMaps.NO_FRICTION, stage);
            gap.setLabel(words.text("Stage_noFriction")); //$NON-NLS-1$
            gap.setTooltip(words.text("Stage_noFrictionTooltip", words.name(stage))); //$NON-NLS-1$
            gap.setStyle(Look.gap());
            place(diagram, gap, FRICTION_LANE, column, 0);
        }
        order = 0;
        for (UseCase useCase : useCases(stage)) {
            Node node = place(diagram, UseCaseMarks.node(useCase, stage, context, words), USE_CASE_LANE, column, order++);
            for (Friction friction : useCase.getFrictions()) {
                Node target = frictions.get(friction);
                if (target != null) {
                    Edge edge = new Edge(node.id() + "->" + target.id(), BuiltinMaps.ADDRESSES, null, node, target); //$NON-NLS-1$
                    edge.setTooltip(words.text("Edge_addresses", words.name(useCase), words.name(friction))); //$NON-NLS-1$
                    edge.setStyle(Style.DEFAULT.withStroke(Look.GREY));
                    diagram.add(edge);
                }
            }
        }
    }

    /** The use cases addressing the stage's frictions, in friction order, then those anchored on it. */
    static Set<UseCase> useCases(JourneyStage stage) {
        Set<UseCase> shown = new LinkedHashSet<>();
        for (Friction friction : stage.getFrictions()) {
            shown.addAll(friction.getAddressedBy());
        }
        shown.addAll(stage.getUseCases());
        return shown;
    }

    private static Node place(Diagram diagram, Node node, String lane, Band column, int order) {
        node.setLane(lane);
        node.setColumn(column.id());
        node.setOrder(order);
        return diagram.add(node);
    }

    private static Curve painCurve(CustomerJourney journey, List<Band> columns, Words words) {
        Curve curve = new Curve(MapIds.of(BuiltinMaps.PAIN_CURVE, journey), BuiltinMaps.PAIN_CURVE, journey);
        curve.setLabel(words.text("Pain_label")); //$NON-NLS-1$
        curve.setStyle(Style.DEFAULT.withStroke(Look.VERMILLION).withStrokeWidth(2.5).withFill(Look.VERMILLION));
        double max = 0;
        for (JourneyStage stage : journey.getStages()) {
            max = Math.max(max, Pain.of(stage));
        }
        for (int i = 0; i < columns.size(); i++) {
            double pain = Pain.of(journey.getStages().get(i));
            curve.values().put(columns.get(i).id(), max == 0 ? 0.0 : pain / max);
            curve.valueLabels().put(columns.get(i).id(), words.number(pain, 1));
        }
        curve.setTooltip(words.text("Pain_formula", words.number(Pain.CHURN_FACTOR, 1))); //$NON-NLS-1$
        return curve;
    }
}
