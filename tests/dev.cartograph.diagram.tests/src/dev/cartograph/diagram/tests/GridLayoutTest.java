// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Curve;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Style;
import dev.cartograph.diagram.layout.GridLayout;
import dev.cartograph.diagram.render.SvgWriter;
import dev.cartograph.diagram.text.TextMetrics;

class GridLayoutTest {

    private static final TextMetrics M = TextMetrics.standard();
    private static final String[] STAGES = { "Discovery", "Onboarding", "Ongoing engagement", "Support", "After they leave: churn and cancellation" };
    private static final String[] LANES = { "Touchpoints", "Frictions", "Use cases" };

    /** A journey as the journey map builds it: stages, lanes, nodes in cells, a pain curve, a legend. */
    static Diagram journey(String renamed) {
        Diagram d = new Diagram("journey:j");
        d.setTitle("Claims journey");
        d.setSubtitle("Kestrel Mutual");
        for (int s = 0; s < STAGES.length; s++) {
            Band stage = d.add(new Band("stage:" + s, "stage", null, BandKind.COLUMN));
            stage.setLabel(STAGES[s]);
            stage.setOrder(s);
            stage.setApart(s == STAGES.length - 1);
        }
        for (int l = 0; l < LANES.length; l++) {
            Band lane = d.add(new Band("lane:" + l, "lane", null, BandKind.ROW));
            lane.setLabel(LANES[l]);
            lane.setOrder(l);
        }
        int count = 0;
        for (int s = 0; s < STAGES.length; s++) {
            for (int l = 0; l < LANES.length; l++) {
                for (int i = 0; i < (s + l) % 4; i++) {
                    Node n = d.add(new Node("n" + s + "-" + l + "-" + i, LANES[l].toLowerCase(), null));
                    n.setColumn("stage:" + s);
                    n.setLane("lane:" + l);
                    n.setOrder(i);
                    n.setLabel(count == 3 && renamed != null ? renamed : switch (count % 5) {
                        case 0 -> "Waits on the phone";
                        case 1 -> "A friction with a very long name that goes on and on about the form that asks three times for the same policy number";
                        case 2 -> "\u0627\u0644\u0639\u0645\u064a\u0644 \u064a\u0646\u062a\u0638\u0631 \ud83d\ude20";
                        case 3 -> "Supercalifragilisticexpialidociousnessofthisonewordthatneverbreaks";
                        default -> "Cancels \ud83d\udc4b";
                    });
                    n.details().add("severity " + (count % 5 + 1) + " \u00b7 frequency " + (count % 3 + 1));
                    if (count % 2 == 0) {
                        n.badges().add(new Badge("evidence", Integer.toString(count), Style.DEFAULT.withFontSize(9), BadgePosition.TOP_RIGHT, null));
                    }
                    if (count % 3 == 0) {
                        n.badges().add(new Badge("churn", "\u21a9 churn", Style.DEFAULT.withFontSize(9), BadgePosition.BOTTOM_LEFT, null));
                    }
                    count++;
                }
            }
        }
        Curve pain = d.add(new Curve("curve:pain", "pain", null));
        pain.setLabel("Pain");
        for (int s = 0; s < STAGES.length; s++) {
            if (s != 1) {
                pain.values().put("stage:" + s, s / 4.0);
                pain.valueLabels().put("stage:" + s, Double.toString(s / 4.0));
            }
        }
        Legend legend = new Legend("Legend");
        legend.items().add(new LegendItem(Style.DEFAULT, "3", "Evidence items"));
        legend.notes().add("Pain of a stage: the sum of its frictions' severity times frequency, doubled for churn drivers, over the worst stage.");
        d.setLegend(legend);
        return d;
    }

    private static Diagram laidOut(String renamed) {
        Diagram d = journey(renamed);
        new GridLayout().layout(d);
        return d;
    }

    @Test
    void columnsAreInStageOrderAndTheChurnStageIsApart() {
        Diagram d = laidOut(null);
        List<Band> columns = d.bands(BandKind.COLUMN);
        for (int i = 1; i < columns.size(); i++) {
            Bounds before = columns.get(i - 1).bounds();
            Bounds after = columns.get(i).bounds();
            double gap = after.x() - before.right();
            assertTrue(gap > 0, "columns do not overlap");
            if (columns.get(i).isApart()) {
                assertTrue(gap >= GridLayout.APART_GAP, "the churn stage is set apart by " + gap);
            } else {
                assertTrue(gap < GridLayout.APART_GAP / 2, "ordinary stages are close: " + gap);
            }
        }
    }

    @Test
    void lanesDoNotOverlapAndNodesSitInTheirCell() {
        Diagram d = laidOut(null);
        List<Band> lanes = d.bands(BandKind.ROW);
        for (int i = 1; i < lanes.size(); i++) {
            assertTrue(lanes.get(i).bounds().y() >= lanes.get(i - 1).bounds().bottom() - 1e-6, "lanes in order, not overlapping");
        }
        for (Node n : d.nodes()) {
            Bounds cell = d.find(n.column()).bounds();
            Bounds lane = d.find(n.lane()).bounds();
            assertTrue(n.bounds().x() >= cell.x() && n.bounds().right() <= cell.right(), n + " is in its stage's column");
            assertTrue(n.bounds().y() >= lane.y() && n.bounds().bottom() <= lane.bottom(), n + " is in its lane");
            assertTrue(n.bounds().x() >= lane.x() + 120, n + " is right of the lane headers");
        }
        Invariants.noOverlap(d.allNodes());
    }

    @Test
    void cellsStackTheirNodesInModelOrder() {
        Diagram d = laidOut(null);
        Node first = (Node) d.find("n1-2-0");
        Node second = (Node) d.find("n1-2-1");
        assertTrue(second.bounds().y() > first.bounds().bottom());
        assertEquals(first.bounds().x(), second.bounds().x());
        assertEquals(first.bounds().width(), second.bounds().width(), "a column's nodes are as wide as each other");
    }

    @Test
    void everyTextIsWrappedInsideItsBox() {
        Diagram d = laidOut(null);
        Invariants.textInsideBoxes(d, M);
        Invariants.insideDiagram(d);
        Node longName = d.nodes().stream().filter(n -> n.label().startsWith("A friction with")).findFirst().orElseThrow();
        assertTrue(longName.labelLines().size() > 1);
        assertTrue(longName.labelLines().get(longName.labelLines().size() - 1).endsWith("\u2026"), "cut with an ellipsis");
        assertTrue(longName.tooltip() == null || !longName.tooltip().isEmpty());
    }

    @Test
    void thePainCurveHasAPointAboveEachStageWithAValue() {
        Diagram d = laidOut(null);
        Curve pain = d.curves().get(0);
        List<Band> columns = d.bands(BandKind.COLUMN);
        assertEquals(4, pain.points().size(), "one point per stage with a value");
        Band top = columns.get(0);
        assertTrue(pain.bounds().bottom() <= top.bounds().y(), "the curve is above the columns");
        int p = 0;
        double lastY = Double.MAX_VALUE;
        for (Band column : columns) {
            if (!pain.values().containsKey(column.id())) {
                continue;
            }
            Point point = pain.points().get(p++);
            assertEquals(column.bounds().center().x(), point.x(), 1e-6, "the point is over its stage");
            assertTrue(point.y() < lastY, "more pain is higher");
            assertTrue(pain.bounds().contains(point.x(), point.y()));
            lastY = point.y();
        }
    }

    @Test
    void edgesFromUseCasesToFrictionsCrossNoBox() {
        Diagram d = journey(null);
        int edges = 0;
        for (Node useCase : d.nodes()) {
            if (!useCase.lane().equals("lane:2")) {
                continue;
            }
            for (Node friction : d.nodes()) {
                if (friction.lane().equals("lane:1") && !friction.column().equals(useCase.column()) && (friction.id().hashCode() + edges) % 3 == 0) {
                    d.add(new Edge("addresses:" + useCase.id() + ">" + friction.id(), "addresses", null, useCase, friction));
                    edges++;
                }
            }
        }
        new GridLayout().layout(d);
        assertTrue(edges > 5, edges + " edges");
        Routes.Report report = Routes.check(d);
        assertEquals(0, report.crossings(), report.first());
    }

    @Test
    void theLegendIsUnderTheGrid() {
        Diagram d = laidOut(null);
        double gridBottom = d.bands(BandKind.COLUMN).get(0).bounds().bottom();
        assertTrue(d.legend().bounds().y() > gridBottom);
        assertTrue(d.legend().bounds().height() > 40);
    }

    @Test
    void aRenameMovesOnlyItsColumn() {
        Diagram before = laidOut(null);
        Diagram after = laidOut("Waits");
        Node renamed = after.nodes().get(3);
        for (Node n : before.nodes()) {
            if (!n.column().equals(renamed.column())) {
                Bounds b = n.bounds();
                Bounds a = after.find(n.id()).bounds();
                assertEquals(b.x() , a.x(), n + " stays in place sideways");
                assertEquals(b.width(), a.width());
            }
        }
    }

    @Test
    void theSameJourneyGivesTheSameSvg() {
        assertEquals(SvgWriter.svg(laidOut(null)), SvgWriter.svg(laidOut(null)));
    }

    @Test
    void emptyJourneysAndStrayNodesAreLaidOut() {
        Diagram empty = new Diagram("journey:empty");
        empty.setTitle("A journey without stages");
        new GridLayout().layout(empty);
        assertTrue(empty.bounds().width() > 100 && empty.bounds().height() > 20);

        Diagram d = journey(null);
        Node stray = d.add(new Node("stray", "friction", null));
        stray.setLabel("No lane");
        stray.setLane("lane:missing");
        stray.setColumn("stage:2");
        new GridLayout().layout(d);
        double lanesBottom = d.bands(BandKind.ROW).stream().mapToDouble(b -> b.bounds().bottom()).max().orElseThrow();
        assertTrue(stray.bounds().y() >= lanesBottom, "a node without a known lane is placed under the lanes, not lost");
        Invariants.noOverlap(d.allNodes());
        Invariants.insideDiagram(d);
    }
}
