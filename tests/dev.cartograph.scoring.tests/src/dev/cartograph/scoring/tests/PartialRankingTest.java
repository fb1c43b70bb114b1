// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.sensitivity.SensitivityResult;

/**
 * Ranking on partial scores, worked out by hand: impact criteria a (weight 1) and b (weight 3),
 * feasibility criteria c and d (weight 1), all on 0-100 so that a value is its normalised score.
 */
class PartialRankingTest {

    private final ScoringEngine engine = TestCriteria.engine(TestCriteria.percentImpact("a"),
            TestCriteria.percentImpact("b"), TestCriteria.percentFeasibility("c"), TestCriteria.percentFeasibility("d"));

    private final PortfolioBuilder builder = new PortfolioBuilder().listCriteria("a", "b", "c", "d").weight("b", 3);
    private final UseCase full = builder.useCase("Full").score("a", 80).score("b", 60).score("c", 40).score("d", 20).get();
    private final UseCase partial = builder.useCase("Partial").score("a", 90).score("c", 50).score("d", 70).get();
    private final UseCase thin = builder.useCase("Thin").score("a", 100).get();
    private final UseCase oneSided = builder.useCase("One-sided").score("a", 50).score("b", 50).get();

    @Test
    void strictRankingLeavesEveryUseCaseMissingACriterionIncomplete() {
        ScoringResult result = engine.score(builder.portfolio);
        assertFalse(result.parameters().partialRanking());
        assertEquals(List.of(full), ranked(result));
        UseCaseScore score = result.find(partial).orElseThrow();
        assertEquals(Standing.INCOMPLETE, score.standing());
        assertFalse(score.isScored());
        assertFalse(score.isPartial());
        assertEquals(3, score.scoredCount());
        assertEquals(4, score.criteriaCount());
    }

    @Test
    void partialRankingRanksOnTheCriteriaScoredReweighted() {
        builder.portfolio.getScoring().setPartialRanking(true);
        ScoringResult result = engine.score(builder.portfolio);
        // Partial: impact 90 (a alone), feasibility (50 + 70) / 2 = 60, overall (90 + 50 + 70) / 3 = 70
        // Full: impact (80 + 3 x 60) / 4 = 65, feasibility 30, overall (80 + 180 + 40 + 20) / 6 = 53.33
        assertEquals(List.of(partial, full), ranked(result));
        UseCaseScore score = result.find(partial).orElseThrow();
        assertEquals(Standing.RANKED, score.standing());
        assertTrue(score.isPartial());
        assertEquals(90, score.impact(), 1e-9);
        assertEquals(60, score.feasibility(), 1e-9);
        assertEquals(70, score.overall(), 1e-9);
        assertEquals(Quadrant.QUICK_WIN, score.quadrant());
        assertEquals(List.of("b"), score.missing().stream().map(Criterion::id).toList());
        // three of four criteria, carrying 3 of the 6 weight points
        assertEquals(3, score.scoredCount());
        assertEquals(0.5, score.weightCoverage(), 1e-9);
        UseCaseScore complete = result.find(full).orElseThrow();
        assertFalse(complete.isPartial());
        assertEquals(1.0, complete.weightCoverage(), 1e-9);
        assertEquals(320.0 / 6, complete.overall(), 1e-9);
    }

    @Test
    void belowTheMinimumCoverageOrWithOneSideUnscoredAUseCaseStaysIncomplete() {
        builder.portfolio.getScoring().setPartialRanking(true);
        ScoringResult result = engine.score(builder.portfolio);
        // Thin: 1 of 4 criteria (25 %) is under the default 50 %
        assertEquals(Standing.INCOMPLETE, result.find(thin).orElseThrow().standing());
        // One-sided: 2 of 4 (50 %) but no feasibility criterion scored: its feasibility would be made up
        assertEquals(Standing.INCOMPLETE, result.find(oneSided).orElseThrow().standing());
        assertTrue(Double.isNaN(result.find(oneSided).orElseThrow().overall()));

        builder.portfolio.getScoring().setMinimumCoverage(80);
        assertEquals(List.of(full), ranked(engine.score(builder.portfolio)));
        builder.portfolio.getScoring().setMinimumCoverage(75);
        assertEquals(List.of(partial, full), ranked(engine.score(builder.portfolio)));
    }

    @Test
    void theCommandLineOverrideRanksPartiallyWithoutChangingThePortfolio() {
        ScoringResult result = engine.score(builder.portfolio, true);
        assertTrue(result.parameters().partialRanking());
        assertEquals(List.of(partial, full), ranked(result));
        assertFalse(builder.portfolio.getScoring().isPartialRanking());
        assertEquals(List.of(full), ranked(engine.score(builder.portfolio)));
        builder.portfolio.getScoring().setPartialRanking(true);
        assertEquals(List.of(full), ranked(engine.score(builder.portfolio, false)));
    }

    @Test
    void aPortfolioWithoutScoringConfigurationRanksStrictly() {
        builder.portfolio.setScoring(null);
        ScoringResult result = engine.score(builder.portfolio);
        assertFalse(result.parameters().partialRanking());
        assertEquals(50, result.parameters().minimumCoverage(), 1e-9);
    }

    @Test
    void sensitivityTreatsAMissingScoreAsSpanningItsScale() {
        PortfolioBuilder two = new PortfolioBuilder().listCriteria("a", "b", "c", "d").weight("b", 3);
        UseCase known = two.useCase("Known").score("a", 50).score("b", 50).score("c", 50).score("d", 50).get();
        UseCase unknownB = two.useCase("Unknown b").score("a", 60).score("c", 60).score("d", 60).get();
        ScoringResult result = engine.score(two.portfolio, true);
        // base: 60 against 50
        assertEquals(List.of(unknownB, known), ranked(result));
        // weights fixed (spread 0): only b's uncertainty moves anything. With b = u uniform on
        // 0-100, Unknown b scores (60 + 3u + 60 + 60) / 6 = 30 + u / 2, first when u > 40: 60 %.
        SensitivityOptions options = SensitivityOptions.defaults().withSpread(0).withSamples(4000).withTopK(1).withSeed(7);
        SensitivityResult one = SensitivityAnalysis.analyse(result, options.withThreads(1));
        RankRobustness robust = one.useCases().get(0);
        assertEquals(unknownB, robust.useCase().useCase());
        assertEquals(1, robust.minRank());
        assertEquals(2, robust.maxRank());
        assertEquals(0.6, robust.topKProbability(), 0.03);
        RankRobustness other = one.useCases().get(1);
        assertEquals(0.4, other.topKProbability(), 0.03);
        // the same with more threads
        SensitivityResult two2 = SensitivityAnalysis.analyse(result, options.withThreads(2));
        assertEquals(robust.topKProbability(), two2.useCases().get(0).topKProbability(), 0);
        // no single weight change is computed for a pair that includes a partial use case
        assertTrue(one.swaps().get(0).weightChange().isEmpty());

        // complete scores under fixed weights never move
        unknownB.getScores().add(score("b", 60));
        SensitivityResult complete = SensitivityAnalysis.analyse(engine.score(two.portfolio, true), options);
        assertEquals(1.0, complete.useCases().get(0).topKProbability(), 0);
    }

    private static dev.cartograph.model.Score score(String criterionId, double value) {
        dev.cartograph.model.Score score = PortfolioBuilder.FACTORY.createScore();
        score.setCriterionId(criterionId);
        score.setValue(value);
        score.setAssessor("assessor");
        return score;
    }

    private static List<UseCase> ranked(ScoringResult result) {
        return result.ranking().stream().map(UseCaseScore::useCase).toList();
    }
}
