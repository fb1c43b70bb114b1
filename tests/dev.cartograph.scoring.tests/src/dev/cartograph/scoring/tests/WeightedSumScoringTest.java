// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.ValueSource;
import dev.cartograph.scoring.WeightedSumStrategy;

/**
 * The default strategy on a small grid worked out by hand:
 * <ul>
 * <li>sv: strategic value, impact, benefit, 1-5, default weight 2</li>
 * <li>cx: customer experience, impact, benefit, 1-5, default weight 1</li>
 * <li>tc: technical complexity, feasibility, cost, 1-5, default weight 1</li>
 * <li>dm: data maturity, feasibility, benefit, 0-10, default weight 3</li>
 * </ul>
 * Thresholds 50 / 50.
 */
class WeightedSumScoringTest {

    private static final double EPSILON = 1e-9;

    private PortfolioBuilder builder;
    private UseCase a;
    private UseCase b;
    private UseCase c;
    private UseCase d;
    private ScoringResult result;

    @BeforeEach
    void score() {
        builder = new PortfolioBuilder();
        // Model order B, D, C, A: the ranking must not depend on it.
        b = builder.useCase("B").score("sv", 5).score("cx", 5).score("tc", 5).score("dm", 2).get();
        d = builder.useCase("D").score("sv", 2).score("cx", 1).score("tc", 4).score("dm", 3).get();
        c = builder.useCase("C").score("sv", 1).score("cx", 1).score("tc", 1).score("dm", 10).get();
        a = builder.useCase("A").score("sv", 4).score("cx", 2).score("tc", 2).score("dm", 6).get();
        ScoringEngine engine = TestCriteria.engine(
                TestCriteria.criterion("sv", Side.IMPACT, Direction.BENEFIT, Scale.of(1, 5), 2),
                TestCriteria.criterion("cx", Side.IMPACT, Direction.BENEFIT, Scale.of(1, 5), 1),
                TestCriteria.criterion("tc", Side.FEASIBILITY, Direction.COST, Scale.of(1, 5), 1),
                TestCriteria.criterion("dm", Side.FEASIBILITY, Direction.BENEFIT, Scale.of(0, 10), 3));
        result = engine.score(builder.portfolio);
    }

    @Test
    void normalisesEachCriterionToZeroToHundredAndInvertsCosts() {
        UseCaseScore scoreA = find(a);
        // sv 4 on 1-5: (4-1)/(5-1)*100 = 75; cx 2: (2-1)/4*100 = 25;
        // tc 2 is a cost: 100 - (2-1)/4*100 = 75; dm 6 on 0-10: 6/10*100 = 60.
        assertEquals(75, scoreA.criterion("sv").orElseThrow().normalised(), EPSILON);
        assertEquals(25, scoreA.criterion("cx").orElseThrow().normalised(), EPSILON);
        assertEquals(75, scoreA.criterion("tc").orElseThrow().normalised(), EPSILON);
        assertEquals(60, scoreA.criterion("dm").orElseThrow().normalised(), EPSILON);
        CriterionScore tc = scoreA.criterion("tc").orElseThrow();
        assertEquals(2, tc.value(), EPSILON);
        assertEquals(ValueSource.ASSESSED, tc.source());
        assertEquals(1, tc.weight(), EPSILON);
    }

    @Test
    void weightedMeansGiveImpactFeasibilityAndOverall() {
        UseCaseScore scoreA = find(a);
        // impact = (2*75 + 1*25) / (2+1) = 175/3
        assertEquals(175.0 / 3, scoreA.impact(), EPSILON);
        // feasibility = (1*75 + 3*60) / (1+3) = 255/4 = 63.75
        assertEquals(63.75, scoreA.feasibility(), EPSILON);
        // overall = (150 + 25 + 75 + 180) / 7 = 430/7
        assertEquals(430.0 / 7, scoreA.overall(), EPSILON);

        UseCaseScore scoreB = find(b);
        // sv 100, cx 100, tc 5 -> 100 - 100 = 0, dm 2 -> 20
        // impact = (200 + 100)/3 = 100; feasibility = (0 + 60)/4 = 15; overall = 360/7
        assertEquals(100, scoreB.impact(), EPSILON);
        assertEquals(15, scoreB.feasibility(), EPSILON);
        assertEquals(360.0 / 7, scoreB.overall(), EPSILON);

        UseCaseScore scoreC = find(c);
        // sv 0, cx 0, tc 1 -> 100, dm 10 -> 100: impact 0; feasibility (100 + 300)/4 = 100; overall 400/7
        assertEquals(0, scoreC.impact(), EPSILON);
        assertEquals(100, scoreC.feasibility(), EPSILON);
        assertEquals(400.0 / 7, scoreC.overall(), EPSILON);

        UseCaseScore scoreD = find(d);
        // sv 25, cx 0, tc 4 -> 25, dm 3 -> 30: impact 50/3; feasibility (25 + 90)/4 = 28.75; overall 165/7
        assertEquals(50.0 / 3, scoreD.impact(), EPSILON);
        assertEquals(28.75, scoreD.feasibility(), EPSILON);
        assertEquals(165.0 / 7, scoreD.overall(), EPSILON);
    }

    @Test
    void ranksByOverallScore() {
        // A 61.4 > C 57.1 > B 51.4 > D 23.6
        assertEquals(List.of(a, c, b, d), result.ranking().stream().map(UseCaseScore::useCase).toList());
        assertEquals(1, result.rankOf(a));
        assertEquals(2, result.rankOf(c));
        assertEquals(3, result.rankOf(b));
        assertEquals(4, result.rankOf(d));
        assertTrue(result.all().stream().allMatch(s -> s.standing() == Standing.RANKED));
        assertEquals(List.of(b, d, c, a), result.all().stream().map(UseCaseScore::useCase).toList());
    }

    @Test
    void placesEachUseCaseInItsQuadrant() {
        // A: impact 58.3, feasibility 63.75 -> both high
        assertEquals(Quadrant.QUICK_WIN, find(a).quadrant());
        // B: impact 100, feasibility 15
        assertEquals(Quadrant.STRATEGIC_BET, find(b).quadrant());
        // C: impact 0, feasibility 100
        assertEquals(Quadrant.FILL_IN, find(c).quadrant());
        // D: impact 16.7, feasibility 28.75
        assertEquals(Quadrant.DROP, find(d).quadrant());
    }

    @Test
    void reportsTheParametersApplied() {
        assertEquals(WeightedSumStrategy.ID, result.parameters().strategyId());
        assertEquals(50, result.parameters().impactThreshold(), EPSILON);
        assertEquals(List.of("sv", "cx", "tc", "dm"),
                result.parameters().enabledCriteria().stream().map(w -> w.criterion().id()).toList());
        assertTrue(result.problems().isEmpty());
        assertTrue(result.failures().isEmpty());
        assertTrue(result.unknownCriteria().isEmpty());
    }

    private UseCaseScore find(UseCase useCase) {
        return result.find(useCase).orElseThrow();
    }
}
