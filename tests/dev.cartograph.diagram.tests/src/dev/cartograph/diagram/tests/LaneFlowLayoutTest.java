// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.layout.LaneFlowLayout;
import dev.cartograph.diagram.layout.LaneFlowLayout.Layering;
import dev.cartograph.diagram.render.SvgWriter;
import dev.cartograph.diagram.text.TextMetrics;

class LaneFlowLayoutTest {

    private static Diagram laidOut(int steps, Layering layering) {
        Diagram d = Workflows.generate(steps, 4);
        new LaneFlowLayout(TextMetrics.standard(), layering).layout(d);
        return d;
    }

    @ParameterizedTest
    @EnumSource(Layering.class)
    void stepsSitInTheirActorsLaneWithoutOverlapping(Layering layering) {
        Diagram d = laidOut(120, layering);
        List<Band> lanes = d.bands(BandKind.ROW);
        for (int i = 1; i < lanes.size(); i++) {
            assertTrue(lanes.get(i).bounds().y() >= lanes.get(i - 1).bounds().bottom() - 1e-6, "lanes in order, not overlapping");
        }
        for (Node n : d.nodes()) {
            Bounds lane = d.find(n.lane()).bounds();
            assertTrue(Invariants.contains(lane, n.bounds()), n + " is inside its lane");
            assertTrue(n.bounds().x() >= lane.x() + 120, n + " is right of the lane headers");
        }
        Invariants.noOverlap(d.allNodes());
        Invariants.textInsideBoxes(d, TextMetrics.standard());
        Invariants.insideDiagram(d);
    }

    @ParameterizedTest
    @EnumSource(Layering.class)
    void theFlowGoesLeftToRightExceptLoopsBack(Layering layering) {
        Diagram d = laidOut(120, layering);
        int backwards = 0;
        for (Edge e : d.edges()) {
            boolean loop = e.id().matches("next:step:(\\d+)>step:(\\d+)") && Integer.parseInt(e.id().replaceAll("next:step:(\\d+)>.*", "$1")) > Integer
                    .parseInt(e.id().replaceAll(".*>step:(\\d+)", "$1"));
            if (loop) {
                backwards++;
                assertTrue(e.target().bounds().x() < e.source().bounds().x(), e + " loops back to the left");
            } else {
                assertTrue(e.target().bounds().x() > e.source().bounds().right(), e + " goes right");
            }
        }
        assertTrue(backwards > 0, "the workflow has loops back");
    }

    @ParameterizedTest
    @EnumSource(Layering.class)
    void everyEdgeIsRoutedOrthogonallyWithoutCrossingABox(Layering layering) {
        Diagram d = laidOut(300, layering);
        assertEquals(0, Routes.check(d).crossings(), "edges crossing a box");
    }

    @Test
    void selfLoopsAndEdgesWithinALayerAreRoutedToo() {
        Diagram d = Workflows.generate(6, 2);
        Node first = (Node) d.find("step:0");
        Node third = (Node) d.find("step:2");
        Workflows.edge(d, third, third);
        Workflows.edge(d, (Node) d.find("step:1"), third);
        Workflows.edge(d, (Node) d.find("step:5"), first);
        new LaneFlowLayout().layout(d);
        Routes.Report report = Routes.check(d);
        assertEquals(0, report.crossings());
        Edge self = d.edges().stream().filter(e -> e.source() == e.target()).findFirst().orElseThrow();
        assertTrue(self.route().size() >= 4, "a self loop goes round its node");
    }

    @Test
    void theSameWorkflowGivesTheSameSvg() {
        assertEquals(SvgWriter.svg(laidOut(200, Layering.FLOW)), SvgWriter.svg(laidOut(200, Layering.FLOW)));
        assertEquals(SvgWriter.svg(laidOut(60, Layering.ELK)), SvgWriter.svg(laidOut(60, Layering.ELK)));
    }

    @Test
    void aStepAddedAtTheEndMovesNothingElse() {
        Diagram before = laidOut(100, Layering.FLOW);
        Diagram after = laidOut(101, Layering.FLOW);
        int moved = 0;
        for (Node n : before.nodes()) {
            Bounds a = after.find(n.id()).bounds();
            moved += a.x() == n.bounds().x() ? 0 : 1;
        }
        assertEquals(0, moved, "steps that moved sideways");
    }

    @Test
    void aRenameMovesNothingSideways() {
        Diagram before = laidOut(100, Layering.FLOW);
        Diagram renamed = Workflows.generate(100, 4);
        renamed.find("step:50").setLabel("Renamed");
        new LaneFlowLayout().layout(renamed);
        for (Node n : before.nodes()) {
            assertEquals(n.bounds().x(), renamed.find(n.id()).bounds().x(), n + " stays in its column");
        }
    }

    @Test
    void anEmptyWorkflowAndStepsWithoutAnActorAreLaidOut() {
        Diagram empty = Workflows.generate(0, 2);
        new LaneFlowLayout().layout(empty);
        assertTrue(empty.bounds().width() > 0);
        Diagram d = Workflows.generate(10, 2);
        ((Node) d.find("step:4")).setLane(null);
        new LaneFlowLayout().layout(d);
        double lanesBottom = d.bands(BandKind.ROW).get(1).bounds().bottom();
        assertTrue(d.find("step:4").bounds().y() >= lanesBottom, "a step without an actor is under the lanes");
        Invariants.noOverlap(d.allNodes());
        assertEquals(0, Routes.check(d).crossings());
    }

    static Point last(List<Point> route) {
        return route.get(route.size() - 1);
    }
}
