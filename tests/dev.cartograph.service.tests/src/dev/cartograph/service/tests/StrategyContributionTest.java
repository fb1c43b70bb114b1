// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.WeightedSumStrategy;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;

/** Scoring strategies contributed by this bundle, working and broken. */
class StrategyContributionTest {

    private static ThisBundle.Opened opened;

    @BeforeAll
    static void open() {
        opened = new ThisBundle.Opened();
    }

    @AfterAll
    static void close() {
        opened.close();
    }

    @Test
    void aContributedStrategyIsInstalledUnderTheExtensionsIdAndLabel() {
        ScoringStrategy strategy = opened.services.strategies().find("test-maximum").orElseThrow();
        assertEquals("Maximum", strategy.label());
        assertEquals(ThisBundle.ID, strategy.contributor());
        assertEquals(WeightedSumStrategy.ID, opened.services.strategies().strategies().get(0).id());
    }

    @Test
    void aPortfolioThatChoosesItIsScoredWithIt() {
        UseCaseScore score = scoreWith("test-maximum").ranking().get(0);
        // best impact value: initiative-alignment 5 -> 100; best feasibility value: 75
        assertEquals(100.0, score.impact(), 1e-9);
        assertEquals(75.0, score.feasibility(), 1e-9);
        assertEquals(87.5, score.overall(), 1e-9);
    }

    @Test
    void aStrategyDeclaredLinearSupportsTheSensitivityAnalysis() {
        ScoringResult result = scoreWith("test-linear");
        assertEquals("test-linear", result.strategy().id());
        assertTrue(SensitivityAnalysis.supports(result));
        assertEquals(Sample.OVERALL, result.ranking().get(0).overall(), 1e-9);
        assertFalse(SensitivityAnalysis.supports(scoreWith("test-maximum")));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "''             | A scoring strategy has no id",
            "test-no-class  | Scoring strategy \"test-no-class\" lacks the required attribute class",
            "weighted-sum   | The id \"weighted-sum\" is already contributed by dev.cartograph.scoring"})
    void anInvalidStrategyIsRefusedReportedAndLoggedAgainstItsBundle(String id, String message) {
        assertTrue(opened.services.strategyFailures().contains(new StrategyFailure(id, ThisBundle.ID, message)),
                opened.services.strategyFailures()::toString);
        assertTrue(opened.errorsOfThisBundle().contains(message), opened.errorsOfThisBundle()::toString);
        assertTrue(opened.services.strategies().find("test-no-class").isEmpty());
        assertEquals(WeightedSumStrategy.INSTANCE, opened.services.strategies().find(WeightedSumStrategy.ID).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "test-throwing-strategy      | Scoring strategy test-throwing-strategy failed on use case \"Claims triage assistant\": ArithmeticException: division by zero; the weighted sum is used instead",
            "test-missing-strategy-class | Scoring strategy test-missing-strategy-class failed on use case \"Claims triage assistant\": ContributionException: Scoring strategy \"test-missing-strategy-class\": the class dev.cartograph.service.tests.DoesNotExist could not be created: ClassNotFoundException",
            "test-not-linear             | Scoring strategy test-not-linear failed on use case \"Claims triage assistant\": ContributionException: Scoring strategy \"test-not-linear\": the class dev.cartograph.service.tests.MaximumStrategy does not implement dev.cartograph.scoring.LinearScoringStrategy"})
    void aFailingStrategyFallsBackToTheWeightedSumAndNamesItsBundle(String id, String message) {
        ScoringResult result = scoreWith(id);
        StrategyFailure failure = result.strategyFailure().orElseThrow();
        assertEquals(id, failure.strategyId());
        assertEquals(ThisBundle.ID, failure.contributor());
        assertTrue(failure.message().startsWith(message), failure.message());
        assertEquals(WeightedSumStrategy.ID, result.strategy().id());
        assertEquals(Sample.OVERALL, result.ranking().get(0).overall(), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "test-missing-strategy-class | Scoring strategy \"test-missing-strategy-class\": the class dev.cartograph.service.tests.DoesNotExist could not be created: ClassNotFoundException",
            "test-not-linear             | Scoring strategy \"test-not-linear\": the class dev.cartograph.service.tests.MaximumStrategy does not implement dev.cartograph.scoring.LinearScoringStrategy"})
    void aStrategyClassThatCannotBeUsedIsReportedOnce(String id, String message) {
        scoreWith(id);
        scoreWith(id);
        List<StrategyFailure> failures = opened.services.strategyFailures().stream()
                .filter(f -> f.strategyId().equals(id)).toList();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(ThisBundle.ID, failures.get(0).contributor());
        assertTrue(failures.get(0).message().startsWith(message), failures.get(0).message());
        assertTrue(opened.errorsOfThisBundle().contains(failures.get(0).message()));
    }

    private static ScoringResult scoreWith(String strategyId) {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        portfolio.getScoring().setStrategyId(strategyId);
        return opened.services.createEngine().score(portfolio);
    }
}
