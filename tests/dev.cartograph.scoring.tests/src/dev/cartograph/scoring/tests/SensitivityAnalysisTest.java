// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.Scores;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.scoring.sensitivity.AdjacentSwap;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.sensitivity.SensitivityResult;
import dev.cartograph.scoring.sensitivity.WeightChange;

/** How robust the ranking is to its weights, checked on cases solved by hand. */
class SensitivityAnalysisTest {

    private final ScoringEngine engine = TestCriteria.engine(TestCriteria.impact("c1"), TestCriteria.impact("c2"));

    /**
     * Two use cases, two criteria on 1-5, weights 1 and 1.
     * A: c1 = 5, c2 = 1, normalised (100, 0), overall 50.
     * B: c1 = 1, c2 = 4, normalised (0, 75), overall 37.5.
     * <p>
     * Swap: A - B is proportional to 100 w1 - 75 w2 = D = 25. Changing w1 alone, they tie when
     * 100 w1 = 75, w1 = 0.75 (-25%); changing w2 alone, when 75 w2 = 100, w2 = 4/3 (+33.3%).
     * The smallest relative change is w1 from 1 to 0.75.
     * <p>
     * Top 1 with s = 0.2: the factors u1, u2 are uniform on [0.8, 1.2]; A stays first when
     * 100 u1 > 75 u2, that is u2 < 4/3 u1. B wins in the corner u1 in [0.8, 0.9],
     * u2 > 4/3 u1, of area integral_0.8^0.9 (1.2 - 4u/3) du = 0.12 - (2/3)(0.81 - 0.64)
     * = 0.12 - 0.11333 = 1/150, out of 0.4 * 0.4 = 0.16: P(B first) = (1/150)/0.16 = 1/24.
     * So P(A in top 1) = 23/24 and P(B in top 1) = 1/24.
     */
    @Test
    void matchesTheAnalyticAnswerOnTwoUseCasesAndTwoCriteria() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase a = builder.useCase("A").score("c1", 5).score("c2", 1).get();
        UseCase b = builder.useCase("B").score("c1", 1).score("c2", 4).get();
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(List.of(a, b), result.ranking().stream().map(s -> s.useCase()).toList());

        SensitivityResult analysis = SensitivityAnalysis.analyse(result,
                SensitivityOptions.defaults().withSamples(200_000).withTopK(1).withThreads(2));

        RankRobustness robustA = analysis.useCases().get(0);
        RankRobustness robustB = analysis.useCases().get(1);
        assertEquals(a, robustA.useCase().useCase());
        // sampling error of a proportion over 200,000 samples: sqrt(p(1-p)/n) = 0.00045
        assertEquals(23.0 / 24, robustA.topKProbability(), 0.003);
        assertEquals(1.0 / 24, robustB.topKProbability(), 0.003);
        assertEquals(1 + 1.0 / 24, robustA.meanRank(), 0.003);
        assertEquals(1, robustA.rank());
        assertEquals(1, robustA.minRank());
        assertEquals(2, robustA.maxRank());
        assertEquals(1, robustB.minRank());
        assertEquals(2, robustB.maxRank());

        AdjacentSwap swap = analysis.swaps().get(0);
        assertEquals(1, swap.rank());
        WeightChange change = swap.weightChange().orElseThrow();
        assertEquals("c1", change.criterion().id());
        assertEquals(1, change.fromWeight(), 1e-12);
        assertEquals(0.75, change.toWeight(), 1e-12);
        assertEquals(-25, change.relativeChangePercent(), 1e-9);
    }

    @Test
    void withTheBreakEvenWeightTheTwoUseCasesTie() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase a = builder.useCase("A").score("c1", 5).score("c2", 1).get();
        UseCase b = builder.useCase("B").score("c1", 1).score("c2", 4).get();
        builder.listCriteria("c1", "c2").weight("c1", 0.75);
        ScoringResult result = engine.score(builder.portfolio);
        // A = 0.75*100/1.75, B = 75/1.75
        assertEquals(result.find(a).orElseThrow().overall(), result.find(b).orElseThrow().overall(), 1e-9);
        builder.weight("c1", 0.74);
        assertEquals(b, engine.score(builder.portfolio).ranking().get(0).useCase());
    }

    @Test
    void aUseCaseBetterOnEveryCriterionCannotBeOvertaken() {
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.useCase("A").score("c1", 5).score("c2", 4);
        builder.useCase("B").score("c1", 2).score("c2", 3);
        SensitivityResult analysis = SensitivityAnalysis.analyse(engine.score(builder.portfolio),
                SensitivityOptions.defaults().withSpread(0.9));
        // d = (75, 25) > 0: every positive weight keeps A first
        assertFalse(analysis.swaps().get(0).weightChange().isPresent());
        assertEquals(1.0, analysis.useCases().get(0).topKProbability());
        assertEquals(1, analysis.useCases().get(0).maxRank());
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreads() {
        Random random = new Random(7);
        PortfolioBuilder builder = new PortfolioBuilder();
        for (int i = 0; i < 60; i++) {
            builder.useCase("U" + i).score("c1", 1 + random.nextInt(5)).score("c2", 1 + random.nextInt(5));
        }
        ScoringResult result = engine.score(builder.portfolio);
        SensitivityOptions options = SensitivityOptions.defaults().withSamples(500).withTopK(5);
        SensitivityResult one = SensitivityAnalysis.analyse(result, options.withThreads(1));
        SensitivityResult three = SensitivityAnalysis.analyse(result, options.withThreads(3));
        assertEquals(one.useCases(), three.useCases());
        assertEquals(one.swaps(), three.swaps());
        SensitivityResult otherSeed = SensitivityAnalysis.analyse(result, options.withSeed(8));
        assertEquals(one.swaps(), otherSeed.swaps());
        for (RankRobustness robustness : one.useCases()) {
            assertTrue(robustness.minRank() <= robustness.rank() && robustness.rank() <= robustness.maxRank());
        }
    }

    @Test
    void withoutSpreadNothingMoves() {
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.useCase("A").score("c1", 5).score("c2", 1);
        builder.useCase("B").score("c1", 1).score("c2", 4);
        builder.useCase("C").score("c1", 2).score("c2", 2);
        SensitivityResult analysis = SensitivityAnalysis.analyse(engine.score(builder.portfolio),
                SensitivityOptions.defaults().withSpread(0).withTopK(2));
        assertEquals(List.of(1.0, 1.0, 0.0), analysis.useCases().stream().map(RankRobustness::topKProbability).toList());
        assertEquals(List.of(3, 3), List.of(analysis.useCases().get(2).minRank(), analysis.useCases().get(2).maxRank()));
    }

    @Test
    void refusesAStrategyThatIsNotLinear() {
        StrategyRegistry strategies = new StrategyRegistry();
        strategies.add(new ScoringStrategy() {
            @Override
            public String id() {
                return "max";
            }

            @Override
            public String label() {
                return "Best criterion";
            }

            @Override
            public String contributor() {
                return TestCriteria.CONTRIBUTOR;
            }

            @Override
            public Scores evaluate(List<CriterionScore> criteria) {
                double max = criteria.stream().mapToDouble(CriterionScore::normalised).max().orElse(0);
                return new Scores(max, 0, max);
            }
        });
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.portfolio.getScoring().setStrategyId("max");
        builder.useCase("A").score("c1", 5).score("c2", 1);
        ScoringResult result = new ScoringEngine(TestCriteria.registry(TestCriteria.impact("c1"),
                TestCriteria.impact("c2")), strategies).score(builder.portfolio);
        assertFalse(SensitivityAnalysis.supports(result));
        assertThrows(IllegalArgumentException.class,
                () -> SensitivityAnalysis.analyse(result, SensitivityOptions.defaults()));
    }
}
