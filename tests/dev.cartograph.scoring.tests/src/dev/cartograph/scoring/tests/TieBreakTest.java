// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.Scores;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.scoring.UseCaseScore;

/**
 * Ties on overall are broken by impact, then feasibility, then name, then model position.
 * Criteria on 0-100: i1 and i2 impact, f1 feasibility, weights 1.
 */
class TieBreakTest {

    private final ScoringEngine engine = TestCriteria.engine(TestCriteria.percentImpact("i1"),
            TestCriteria.percentImpact("i2"), TestCriteria.percentFeasibility("f1"));

    @Test
    void equalOverallGoesToTheHigherImpact() {
        PortfolioBuilder builder = new PortfolioBuilder();
        // low: impact (20+40)/2 = 30, feasibility 90, overall 150/3 = 50
        UseCase low = builder.useCase("A").score("i1", 20).score("i2", 40).score("f1", 90).get();
        // high: impact (60+60)/2 = 60, feasibility 30, overall 150/3 = 50
        UseCase high = builder.useCase("B").score("i1", 60).score("i2", 60).score("f1", 30).get();
        assertEquals(List.of(high, low), ranking(engine.score(builder.portfolio)));
    }

    @Test
    void equalOverallAndImpactGoesToTheHigherFeasibility() {
        // With positive weights, equal overall and impact imply equal feasibility; a strategy
        // whose overall is the impact alone lets feasibility decide.
        StrategyRegistry strategies = new StrategyRegistry();
        strategies.add(new ImpactOnlyStrategy());
        ScoringEngine impactOnly = new ScoringEngine(TestCriteria.registry(TestCriteria.percentImpact("i1"),
                TestCriteria.percentImpact("i2"), TestCriteria.percentFeasibility("f1")), strategies);
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.portfolio.getScoring().setStrategyId("impact-only");
        // both overall = impact = 50; feasibility 10 (A) vs 90 (B)
        UseCase low = builder.useCase("A").score("i1", 50).score("i2", 50).score("f1", 10).get();
        UseCase high = builder.useCase("B").score("i1", 50).score("i2", 50).score("f1", 90).get();
        assertEquals(List.of(high, low), ranking(impactOnly.score(builder.portfolio)));
    }

    /** Overall = impact = mean of the impact criteria; feasibility = mean of the feasibility criteria. */
    private static final class ImpactOnlyStrategy implements ScoringStrategy {
        @Override
        public String id() {
            return "impact-only";
        }

        @Override
        public String label() {
            return "Impact only";
        }

        @Override
        public String contributor() {
            return TestCriteria.CONTRIBUTOR;
        }

        @Override
        public Scores evaluate(List<CriterionScore> criteria) {
            double impact = criteria.stream().filter(c -> c.criterion().side() == Side.IMPACT)
                    .mapToDouble(CriterionScore::normalised).average().orElse(0);
            double feasibility = criteria.stream().filter(c -> c.criterion().side() == Side.FEASIBILITY)
                    .mapToDouble(CriterionScore::normalised).average().orElse(0);
            return new Scores(impact, feasibility, impact);
        }
    }

    @Test
    void equalScoresGoByNameIgnoringCase() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase beta = builder.useCase("Beta").score("i1", 50).score("i2", 50).score("f1", 50).get();
        UseCase alpha = builder.useCase("alpha").score("i1", 50).score("i2", 50).score("f1", 50).get();
        UseCase gamma = builder.useCase("Gamma").score("i1", 50).score("i2", 50).score("f1", 50).get();
        assertEquals(List.of(alpha, beta, gamma), ranking(engine.score(builder.portfolio)));
    }

    @Test
    void equalScoresAndNamesGoByModelPosition() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase first = builder.useCase("Same").score("i1", 50).score("i2", 50).score("f1", 50).get();
        UseCase second = builder.useCase("Same").score("i1", 50).score("i2", 50).score("f1", 50).get();
        assertEquals(List.of(first, second), ranking(engine.score(builder.portfolio)));
        builder.portfolio.getUseCases().move(0, second);
        assertEquals(List.of(second, first), ranking(engine.score(builder.portfolio)));
    }

    @Test
    void theSameModelAlwaysGivesTheSameRanking() {
        PortfolioBuilder builder = new PortfolioBuilder();
        for (int i = 0; i < 50; i++) {
            builder.useCase("U" + i % 7).score("i1", i % 3 * 50).score("i2", i % 5 * 25).score("f1", i % 2 * 100);
        }
        List<UseCase> reference = ranking(engine.score(builder.portfolio));
        for (int run = 0; run < 5; run++) {
            assertEquals(reference, ranking(engine.score(builder.portfolio)));
        }
    }

    private static List<UseCase> ranking(ScoringResult result) {
        return result.ranking().stream().map(UseCaseScore::useCase).toList();
    }
}
