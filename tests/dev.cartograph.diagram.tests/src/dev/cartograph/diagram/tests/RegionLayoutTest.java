// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.layout.RegionLayout;
import dev.cartograph.diagram.render.SvgWriter;
import dev.cartograph.diagram.text.TextMetrics;

class RegionLayoutTest {

    private static Diagram laidOut(Diagram d) {
        new RegionLayout().layout(d);
        return d;
    }

    @Test
    void regionsAreStackedInOrderAndHoldTheirContainers() {
        Diagram d = laidOut(Portfolios.open(12, 3));
        List<Band> regions = d.bands(BandKind.REGION);
        assertEquals(4, regions.size());
        for (int i = 1; i < regions.size(); i++) {
            assertTrue(regions.get(i).bounds().y() >= regions.get(i - 1).bounds().bottom(), "regions in order, not overlapping");
            assertEquals(regions.get(0).bounds().width(), regions.get(i).bounds().width(), "regions as wide as each other");
        }
        for (Node container : d.nodes()) {
            assertTrue(Invariants.contains(d.find(container.lane()).bounds(), container.bounds()), container + " is inside its region");
        }
        Invariants.noOverlap(d.nodes());
        Invariants.textInsideBoxes(d, TextMetrics.standard());
        Invariants.insideDiagram(d);
    }

    @Test
    void containersShowTheirChildrenInOrderAndPinsInsideThem() {
        Diagram d = laidOut(Portfolios.open(12, 3));
        Node workflow = (Node) d.find("workflow:6");
        List<Node> steps = workflow.children();
        for (int i = 1; i < steps.size(); i++) {
            Bounds a = steps.get(i - 1).bounds();
            Bounds b = steps.get(i).bounds();
            assertTrue(b.x() > a.right() || b.y() > a.bottom(), "steps in order, left to right then wrapping");
        }
        Node step = (Node) d.find("step:1.1");
        assertEquals(2, step.children().size());
        step.children().forEach(pin -> assertTrue(Invariants.contains(step.bounds(), pin.bounds()), pin + " is pinned inside its step"));
    }

    @Test
    void tracesAcrossContainersCrossNoOtherBox() {
        Diagram d = laidOut(Portfolios.open(12, 3));
        Routes.Report report = Routes.check(d);
        assertTrue(report.edges() > 5);
        assertEquals(0, report.crossings(), report.first());
    }

    @Test
    void collapsedContainersAreSmallBoxesWithTheirCounts() {
        Diagram d = laidOut(Portfolios.aggregated(300));
        for (Node container : d.nodes()) {
            assertTrue(container.bounds().width() <= 2 * RegionLayout.COLLAPSED_WIDTH, container + " is small");
            assertTrue(container.bounds().height() < 120, container + " is small");
        }
        Invariants.noOverlap(d.nodes());
        Invariants.textInsideBoxes(d, TextMetrics.standard());
        Invariants.insideDiagram(d);
        double ratio = d.bounds().width() / d.bounds().height();
        assertTrue(ratio > 0.5 && ratio < 5, "the map keeps a screen's proportions: " + d.bounds());
    }

    @Test
    void theSamePortfolioGivesTheSameSvg() {
        assertEquals(SvgWriter.svg(laidOut(Portfolios.open(12, 3))), SvgWriter.svg(laidOut(Portfolios.open(12, 3))));
    }

    @Test
    void anEmptyPortfolioIsLaidOut() {
        Diagram d = laidOut(Portfolios.open(0, 0));
        assertTrue(d.bounds().width() >= RegionLayout.MIN_WIDTH);
        d.bands().forEach(b -> assertTrue(b.bounds().height() > 0));
    }
}
