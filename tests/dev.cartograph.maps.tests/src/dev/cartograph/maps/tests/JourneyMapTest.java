// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Curve;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.Channel;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Severity;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.tests.support.SamplePortfolio;

/** The journey map: which elements of a journey appear where. */
class JourneyMapTest {

    private static List<Band> bands(Diagram diagram, BandKind kind) {
        return diagram.bands().stream().filter(b -> b.bandKind() == kind).toList();
    }

    private static List<String> badgeIds(Node node) {
        return node.badges().stream().map(Badge::id).toList();
    }

    @Test
    void everyStageOfTheSampleIsAColumnInModelOrderAndTheStageAfterTheJourneyIsApart() {
        Portfolio sample = SamplePortfolio.build();
        for (CustomerJourney journey : sample.getJourneys()) {
            Diagram diagram = Fixture.build(BuiltinMaps.JOURNEY_MAP, journey);
            List<Band> columns = bands(diagram, BandKind.COLUMN);
            assertEquals(journey.getStages(), columns.stream().map(Band::semantic).toList());
            for (int i = 0; i < columns.size(); i++) {
                assertEquals(i, columns.get(i).order());
                JourneyStage stage = journey.getStages().get(i);
                assertEquals(stage.getKind() == StageKind.POST_JOURNEY, columns.get(i).isApart(), stage.getName());
            }
            assertTrue(columns.stream().anyMatch(Band::isApart), "the sample's journeys go on after the customer leaves");
        }
    }

    @Test
    void everyFrictionAndTouchpointSitsInItsStagesColumnAndItsLane() {
        CustomerJourney journey = SamplePortfolio.build().getJourneys().get(0);
        Diagram diagram = Fixture.build(BuiltinMaps.JOURNEY_MAP, journey);
        for (JourneyStage stage : journey.getStages()) {
            String column = Fixture.only(diagram, stage).id();
            for (Friction friction : stage.getFrictions()) {
                Node node = (Node) Fixture.only(diagram, friction);
                assertEquals(column, node.column());
                assertEquals("lane:frictions", node.lane());
                assertEquals(Integer.toString(friction.getEvidence().size()),
                        node.badges().stream().filter(b -> b.id().equals(BuiltinMaps.BADGE_EVIDENCE)).findFirst()
                                .orElseThrow().text());
                assertEquals(friction.isDrivesChurn(), badgeIds(node).contains(BuiltinMaps.BADGE_CHURN));
            }
            stage.getTouchpoints().forEach(t -> {
                Node node = (Node) Fixture.only(diagram, t);
                assertEquals(column, node.column());
                assertEquals("lane:channel:" + t.getChannel().getLiteral(), node.lane());
            });
        }
    }

    @Test
    void aUseCaseAddressingAFrictionIsInTheUseCaseLaneOfItsStageLinkedToTheFriction() {
        CustomerJourney journey = SamplePortfolio.build().getJourneys().get(0);
        Diagram diagram = Fixture.build(BuiltinMaps.JOURNEY_MAP, journey);
        int links = 0;
        for (JourneyStage stage : journey.getStages()) {
            for (Friction friction : stage.getFrictions()) {
                Node frictionNode = (Node) Fixture.only(diagram, friction);
                for (UseCase useCase : friction.getAddressedBy()) {
                    Node useCaseNode = diagram.elementsFor(useCase).stream().map(Node.class::cast)
                            .filter(n -> n.column().equals(frictionNode.column())).findFirst().orElseThrow();
                    assertEquals("lane:useCases", useCaseNode.lane());
                    assertTrue(diagram.edges().stream().anyMatch(e -> e.source() == useCaseNode
                            && e.target() == frictionNode && e.kind().equals(BuiltinMaps.ADDRESSES)));
                    links++;
                }
                assertEquals(friction.getAddressedBy().isEmpty() && !friction.isOutOfScope(),
                        badgeIds(frictionNode).contains(BuiltinMaps.BADGE_OPEN), friction.getName());
            }
        }
        assertTrue(links > 0, "the sample's first journey has addressed frictions");
    }

    @Test
    void aStageWithoutFrictionAndAnUnaddressedFrictionStandOut() {
        Portfolio portfolio = Models.portfolio("Small");
        CustomerJourney journey = Models.journey(portfolio, "Small journey");
        JourneyStage quiet = Models.stage(journey, "Quiet stage", StageKind.DISCOVERY);
        JourneyStage painful = Models.stage(journey, "Painful stage", StageKind.SUPPORT);
        Friction open = Models.friction(painful, "Nobody answers", Severity.HIGH, Frequency.FREQUENT, false);
        Diagram diagram = Fixture.build(BuiltinMaps.JOURNEY_MAP, journey);
        Node gap = (Node) diagram.elementsFor(quiet).stream().filter(e -> e instanceof Node).findFirst().orElseThrow();
        assertEquals(BuiltinMaps.NO_FRICTION, gap.kind());
        assertEquals("No friction analysed yet", gap.label());
        assertTrue(badgeIds((Node) Fixture.only(diagram, open)).contains(BuiltinMaps.BADGE_OPEN));
        assertTrue(diagram.elementsFor(painful).stream().noneMatch(e -> e.kind().equals(BuiltinMaps.NO_FRICTION)));
    }

    @Test
    void anEmptyJourneyGivesAMapWithItsLanesAndNoColumn() {
        Portfolio portfolio = Models.portfolio("Empty");
        CustomerJourney journey = Models.journey(portfolio, "Not started");
        Diagram diagram = Fixture.render(BuiltinMaps.JOURNEY_MAP, journey).diagram();
        assertTrue(bands(diagram, BandKind.COLUMN).isEmpty());
        assertEquals(List.of("lane:frictions", "lane:useCases"), bands(diagram, BandKind.ROW).stream().map(Band::id).toList());
        assertTrue(diagram.nodes().isEmpty());
        assertEquals("Not started", diagram.title());
    }

    @Test
    void thePainCurveIsComputedFromTheFrictionsOfEachStageAsTheLegendSays() {
        Portfolio portfolio = Models.portfolio("Pain");
        CustomerJourney journey = Models.journey(portfolio, "Pain");
        JourneyStage a = Models.stage(journey, "A", StageKind.DISCOVERY);
        JourneyStage b = Models.stage(journey, "B", StageKind.ONBOARDING);
        JourneyStage c = Models.stage(journey, "C", StageKind.POST_JOURNEY);
        Models.friction(a, "a1", Severity.LOW, Frequency.RARE, false); // 1 x 1 = 1
        Models.friction(a, "a2", Severity.MEDIUM, Frequency.FREQUENT, false); // 2 x 3 = 6
        Models.friction(c, "c1", Severity.CRITICAL, Frequency.CONSTANT, true); // 4 x 4 x 1.5 = 24
        Models.touchpoint(b, "Site", Channel.WEB);
        Diagram diagram = Fixture.build(BuiltinMaps.JOURNEY_MAP, journey);
        Curve curve = diagram.curves().get(0);
        String idA = Fixture.only(diagram, a).id();
        String idB = diagram.elementsFor(b).stream().filter(e -> e instanceof Band).findFirst().orElseThrow().id();
        String idC = diagram.elementsFor(c).stream().filter(e -> e instanceof Band).findFirst().orElseThrow().id();
        assertEquals(7.0 / 24, curve.values().get(idA), 1e-9);
        assertEquals(0.0, curve.values().get(idB), 1e-9);
        assertEquals(1.0, curve.values().get(idC), 1e-9);
        assertEquals("7", curve.valueLabels().get(idA));
        assertEquals("24", curve.valueLabels().get(idC));
        assertTrue(diagram.legend().notes().stream().anyMatch(n -> n.startsWith("Pain of a stage = sum over its frictions of severity")));
    }

    @Test
    void theMapSpeaksFrench() {
        CustomerJourney journey = SamplePortfolio.build().getJourneys().get(0);
        Diagram diagram = Fixture.built(BuiltinMaps.JOURNEY_MAP, journey, Locale.FRENCH, BuiltinMaps.QUADRANT).diagram();
        assertTrue(diagram.bands().stream().anyMatch(b -> b.label().equals("Points de contact : web")),
                diagram.bands()::toString);
        assertEquals("Cas d\u2019usage", diagram.find("lane:useCases").label());
        assertTrue(diagram.legend().notes().stream().anyMatch(n -> n.startsWith("Douleur d\u2019une \u00e9tape")));
        assertTrue(diagram.legend().items().stream().anyMatch(i -> i.text().equals("Gain rapide")), diagram.legend().items()::toString);
    }

    @Test
    void thePaletteSaysWhatEachToolCreatesAndWhere() {
        var tools = Fixture.map(BuiltinMaps.JOURNEY_MAP).builder().palette(Locale.ENGLISH);
        var friction = tools.stream().filter(t -> t.id().equals("journey.friction")).findFirst().orElseThrow();
        assertEquals("Friction", friction.label());
        assertEquals("Friction", friction.creates().getName());
        assertEquals("JourneyStage", friction.target().getName());
        assertEquals("frictions", friction.feature().getName());
        assertNotNull(tools.stream().filter(t -> t.id().equals("stage.useCase")).findFirst().orElse(null));
        assertFalse(tools.stream().anyMatch(t -> t.label().startsWith("!")));
    }

    @Test
    void aFrictionAddressedTwiceInTwoStagesKeepsDistinctIds() {
        Portfolio portfolio = Models.portfolio("Ids");
        CustomerJourney journey = Models.journey(portfolio, "J");
        Friction f1 = Models.friction(Models.stage(journey, "S1", StageKind.DISCOVERY), "f1", Severity.LOW, Frequency.RARE, false);
        Friction f2 = Models.friction(Models.stage(journey, "S2", StageKind.SUPPORT), "f2", Severity.LOW, Frequency.RARE, false);
        UseCase both = Models.useCase(portfolio, "Both");
        both.getFrictions().add(f1);
        both.getFrictions().add(f2);
        Diagram diagram = Fixture.build(BuiltinMaps.JOURNEY_MAP, journey);
        assertEquals(2, diagram.elementsFor(both).size());
        assertEquals(2, diagram.edges().stream().map(Edge::id).distinct().count());
    }
}
