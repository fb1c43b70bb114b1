// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ui.tests.TinyPortfolio;

/** Bubble sizes, drawing order, hit testing and labels that do not overlap. */
class BubbleLayoutTest {

    /** Area proportional to the effect: a quarter of the largest effect gets half the extra radius. */
    @Test
    void theBubblesAreaGrowsWithTheFinancialEffect() {
        assertEquals(BubbleLayout.MIN_RADIUS, BubbleLayout.radius(Double.NaN, 1_000_000));
        assertEquals(BubbleLayout.MIN_RADIUS, BubbleLayout.radius(0, 1_000_000));
        assertEquals(BubbleLayout.MAX_RADIUS, BubbleLayout.radius(1_000_000, 1_000_000));
        assertEquals(16, BubbleLayout.radius(250_000, 1_000_000), "5 + 21 x sqrt(1/4) = 15.5, rounded");
    }

    /**
     * Alpha (value 5, effort 1) and Bravo (5, 1) fall on the same point (100, 100); Alpha is worth
     * 400,000 a year, Bravo 100,000 (radius 5 + 21 x 0.5 = 15.5, rounded to 16), Charlie
     * (value 3, effort 3, at 50 / 50) has no figure.
     */
    @Test
    void smallBubblesAreDrawnOnTopAndAClickFindsThem() {
        TinyPortfolio tiny = new TinyPortfolio();
        UseCase alpha = tiny.add("Alpha", Scope.INTERNAL, UseCaseStatus.IDEA, 5, 1);
        UseCase bravo = tiny.add("Bravo", Scope.EXTERNAL, UseCaseStatus.IDEA, 5, 1);
        UseCase charlie = tiny.add("Charlie", Scope.INTERNAL, UseCaseStatus.IDEA, 3, 3);
        effect(alpha, 300_000, 100_000);
        effect(bravo, 100_000, Double.NaN);
        ScoringResult result = TinyPortfolio.engine().score(tiny.portfolio);
        List<BubbleSpec> specs = BubbleSpec.of(result);
        assertEquals(400_000, specs.get(0).effect());
        assertTrue(Double.isNaN(specs.get(2).effect()));

        BubbleLayout.Result layout = layout(specs, 0, List.of());

        assertEquals(List.of(alpha, bravo, charlie), layout.bubbles().stream().map(b -> b.spec().useCase()).toList());
        assertEquals(26, layout.find(alpha).radius());
        assertEquals(16, layout.find(bravo).radius());
        assertEquals(5, layout.find(charlie).radius());
        assertEquals(400, layout.find(alpha).x());
        assertEquals(0, layout.find(alpha).y());
        assertEquals(bravo, layout.hit(400, 0).spec().useCase(), "the smaller bubble is on top");
        assertEquals(alpha, layout.hit(400 - 20, 0 + 10).spec().useCase(), "outside the small one, the big one");
        assertEquals(charlie, layout.hit(200 + 7, 200).spec().useCase(), "within 3 pixels of a small bubble");
        assertNull(layout.hit(100, 300));
    }

    @Test
    void theBestRankedAndTheSelectedAreLabelledWithoutOverlap() {
        TinyPortfolio tiny = new TinyPortfolio();
        UseCase first = tiny.add("First", Scope.INTERNAL, UseCaseStatus.IDEA, 5, 1);
        tiny.add("Second", Scope.INTERNAL, UseCaseStatus.IDEA, 5, 2);
        tiny.add("Third", Scope.INTERNAL, UseCaseStatus.IDEA, 4, 2);
        UseCase last = tiny.add("Last", Scope.INTERNAL, UseCaseStatus.IDEA, 1, 5);
        List<BubbleSpec> specs = BubbleSpec.of(TinyPortfolio.engine().score(tiny.portfolio));

        BubbleLayout.Result layout = layout(specs, 2, List.of(last));

        List<String> texts = layout.labels().stream().map(BubbleLayout.Label::text).toList();
        assertEquals(List.of("#4 Last", "#1 First", "#2 Second"), texts);
        for (BubbleLayout.Label a : layout.labels()) {
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= 400 && a.y() + a.height() <= 400,
                    a + " inside the plot");
            for (BubbleLayout.Label b : layout.labels()) {
                if (a != b) {
                    assertFalse(a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                            && b.y() < a.y() + a.height(), a + " overlaps " + b);
                }
            }
        }
        assertEquals(first, layout.labels().get(1).spec().useCase());
    }

    /** A 400 x 400 plot: x = feasibility x 4, y = (100 - impact) x 4; 7 pixels a character, 14 a line. */
    private static BubbleLayout.Result layout(List<BubbleSpec> specs, int labelled, List<UseCase> always) {
        return BubbleLayout.layout(specs, f -> (int) Math.round(f * 4), i -> (int) Math.round((100 - i) * 4), 400, 400,
                text -> text.length() * 7, 14, labelled, always, List.of());
    }

    private static void effect(UseCase useCase, double revenue, double avoided) {
        BusinessCase businessCase = CartographFactory.eINSTANCE.createBusinessCase();
        businessCase.setAnnualRevenueGained(revenue);
        if (!Double.isNaN(avoided)) {
            businessCase.setAnnualCostAvoided(avoided);
        }
        useCase.setBusinessCase(businessCase);
    }
}
