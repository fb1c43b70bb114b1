// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;

/**
 * This bundle's broken criteria (see its plugin.xml): each is reported as a failure naming this
 * bundle, logged against it, and costs only itself; every other criterion still scores.
 */
class BrokenContributionTest {

    /** Valid definitions whose computer fails when first used. */
    private static final Set<String> FAILING_COMPUTERS = Set.of("test-missing-class", "test-failing-constructor",
            "test-not-a-computer", "test-throwing", "test-not-a-number", "test-out-of-scale", "test-slow");

    /** The assessed or computed value of every working criterion on the sample use case. */
    private static final Map<String, Double> WORKING = Map.of("strategic-value", 4.0, "customer-experience", 3.0,
            "financial-potential", 3.0, "data-process-maturity", 4.0, "technical-complexity", 2.0, "brand-impact", 3.0,
            "compliance-risk", 2.0, "initiative-alignment", 5.0, "ai-act-risk", 2.0, "test-duplicate", 3.0);

    private static ThisBundle.Opened opened;
    private static UseCaseScore sample;

    @BeforeAll
    static void openAndScore() {
        opened = new ThisBundle.Opened();
        ScoringResult result = opened.services.createEngine().score(Sample.portfolio());
        sample = result.all().get(0);
    }

    @AfterAll
    static void close() {
        opened.close();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "''                 | A criterion has no id",
            "test-duplicate     | The id \"test-duplicate\" is already contributed by dev.cartograph.service.tests",
            "test-bad-side      | Criterion \"test-bad-side\": side \"sideways\" is neither impact nor feasibility",
            "test-empty-scale   | Criterion \"test-empty-scale\": the scale minimum 5 is not below its maximum 5",
            "test-bad-weight    | Criterion \"test-bad-weight\": defaultWeight \"heavy\" is not a number",
            "test-missing-level | Criterion \"test-missing-level\": the rubric has no text for level 2; give one level per value of the scale, or none",
            "''                 | Unexpected element <criteria> in a contribution to dev.cartograph.criteria; it is ignored"})
    void anInvalidDefinitionIsRefusedReportedAndLoggedAgainstItsBundle(String id, String message) {
        CriterionFailure expected = new CriterionFailure(id, ThisBundle.ID, message);
        assertTrue(opened.services.criterionFailures().contains(expected), opened.services.criterionFailures()::toString);
        assertTrue(opened.errorsOfThisBundle().contains(message), opened.errorsOfThisBundle()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "test-bad-side", "test-empty-scale", "test-bad-weight", "test-missing-level",
            "test-misspelt-element" })
    void anInvalidDefinitionIsNotInstalled(String id) {
        assertTrue(opened.services.criteria().find(id).isEmpty());
    }

    @Test
    void ofTwoCriteriaWithTheSameIdTheFirstIsKept() {
        Criterion kept = opened.services.criteria().find("test-duplicate").orElseThrow();
        assertEquals("First of two", kept.label());
    }

    @Test
    void aContributionThatDoesNotSaySoIsOffInNewPortfolios() {
        assertFalse(opened.services.criteria().find("test-duplicate").orElseThrow().enabledInNewPortfolios());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "test-missing-class       | Criterion \"test-missing-class\": the computer class dev.cartograph.service.tests.DoesNotExist could not be created: ClassNotFoundException: ",
            "test-failing-constructor | Criterion \"test-failing-constructor\": the computer class dev.cartograph.service.tests.FailingConstructorComputer could not be created: IllegalStateException: no licence key",
            "test-not-a-computer      | Criterion \"test-not-a-computer\": the computer class dev.cartograph.service.tests.MaximumStrategy does not implement dev.cartograph.service.CriterionComputer"})
    void aComputerClassThatCannotBeUsedIsReportedWhenFirstNeeded(String id, String message) {
        List<CriterionFailure> failures = opened.services.criterionFailures().stream()
                .filter(f -> f.criterionId().equals(id)).toList();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(ThisBundle.ID, failures.get(0).contributor());
        assertTrue(failures.get(0).message().startsWith(message), failures.get(0).message());
        assertTrue(opened.errorsOfThisBundle().contains(failures.get(0).message()));
        assertTrue(opened.services.criteria().find(id).isPresent(), "assessors can still score it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "test-missing-class       | Criterion Missing class failed on use case \"Claims triage assistant\": ContributionException: Criterion \"test-missing-class\": the computer class dev.cartograph.service.tests.DoesNotExist could not be created: ",
            "test-failing-constructor | Criterion Failing constructor failed on use case \"Claims triage assistant\": ContributionException: Criterion \"test-failing-constructor\": the computer class",
            "test-not-a-computer      | Criterion Not a computer failed on use case \"Claims triage assistant\": ContributionException: ",
            "test-throwing            | Criterion Throwing failed on use case \"Claims triage assistant\": IllegalStateException: figures unavailable",
            "test-not-a-number        | Criterion Not a number returned NaN for use case \"Claims triage assistant\", which is not a number",
            "test-out-of-scale        | Criterion Out of scale returned 7 for use case \"Claims triage assistant\", outside its scale 1 to 5",
            "test-slow                | Criterion Slow did not answer within 250 ms for use case \"Claims triage assistant\"; it is no longer called"})
    void aFailingComputationCostsOnlyItsOwnValue(String id, String message) {
        CriterionScore score = sample.criterion(id).orElseThrow();
        assertFalse(score.isPresent());
        assertTrue(score.flags().contains(ScoreFlag.COMPUTE_FAILED));
        List<CriterionFailure> failures = sample.failures().stream().filter(f -> f.criterionId().equals(id)).toList();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(ThisBundle.ID, failures.get(0).contributor());
        assertTrue(failures.get(0).message().startsWith(message), failures.get(0).message());
    }

    @Test
    void everyOtherCriterionStillScores() {
        Map<String, Double> present = sample.criteria().stream().filter(CriterionScore::isPresent)
                .collect(Collectors.toMap(CriterionScore::criterionId, CriterionScore::value));
        assertEquals(WORKING, present);
        assertEquals(FAILING_COMPUTERS, sample.missing().stream().map(Criterion::id).collect(Collectors.toSet()));
        assertEquals(Standing.INCOMPLETE, sample.standing(), "the failed values are missing, not invented");
    }

    @Test
    void aThrowingComputerIsLoggedOnceNotOnEveryScoring() {
        opened.services.createEngine().score(Sample.portfolio());
        opened.services.createEngine().score(Sample.portfolio());
        long logged = opened.statuses().stream().filter(s -> s.getException() != null
                && ThrowingComputer.MESSAGE.equals(s.getException().getMessage())).count();
        assertEquals(1, logged, "the first exception is logged, the others are in the results only");
    }

    @Test
    void noFailureIsBlamedOnAnotherBundle() {
        assertEquals(Set.of(ThisBundle.ID), opened.services.criterionFailures().stream()
                .map(CriterionFailure::contributor).collect(Collectors.toSet()));
        assertEquals(Set.of(ThisBundle.ID),
                sample.failures().stream().map(CriterionFailure::contributor).collect(Collectors.toSet()));
    }
}
