// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.tests.support.SamplePortfolio;

/** Every use case of the sample is scored on the whole default grid, with reasons, and the scores tell a story. */
class SampleScoresTest {

    private static final Portfolio PORTFOLIO = SamplePortfolio.build();

    @Test
    void everyUseCaseIsScoredOnAllEightCriteriaWithAReason() {
        for (UseCase useCase : PORTFOLIO.getUseCases()) {
            Set<String> scored = new HashSet<>();
            for (Score score : useCase.getScores()) {
                String where = useCase.getName() + " / " + score.getCriterionId();
                assertTrue(Grid.CRITERIA.contains(score.getCriterionId()), where);
                assertTrue(score.getValue() >= 1 && score.getValue() <= 5, where);
                assertEquals(Math.rint(score.getValue()), score.getValue(), where);
                assertFalse(score.getRationale().isBlank(), where);
                assertNotNull(score.getConfidence(), where);
                assertTrue(score.getAssessor().matches("[A-Z]\\. .+ \\(.+\\)"), where);
                assertNotNull(score.getDate(), where);
                scored.add(score.getCriterionId());
            }
            assertEquals(Set.copyOf(Grid.CRITERIA), scored, useCase.getName());
        }
    }

    @Test
    void rationalesAreSpecificToTheUseCase() {
        List<String> rationales = PORTFOLIO.getUseCases().stream()
                .flatMap(useCase -> useCase.getScores().stream()).map(Score::getRationale).toList();
        List<String> repeated = rationales.stream()
                .filter(rationale -> rationales.indexOf(rationale) != rationales.lastIndexOf(rationale)).toList();
        assertEquals(List.of(), repeated);
    }

    @Test
    void severalUseCasesHaveMoreThanOneAssessorAndSomeDisagree() {
        long multiAssessed = PORTFOLIO.getUseCases().stream()
                .filter(useCase -> useCase.getScores().stream().map(Score::getAssessor).distinct().count() >= 2)
                .count();
        assertTrue(multiAssessed >= 6, "use cases with several assessors: " + multiAssessed);
        double threshold = PORTFOLIO.getScoring().getDisagreementThreshold();
        long disputed = PORTFOLIO.getUseCases().stream().filter(useCase -> Grid.CRITERIA.stream()
                .anyMatch(id -> spreadInPoints(useCase, id) > threshold)).count();
        assertTrue(disputed >= 3, "use cases with a disputed criterion: " + disputed);
    }

    @Test
    void theChatAssistantsComplianceRiskIsDisputedButItsMedianIsFour() {
        UseCase chat = useCase("Customer service chat assistant");
        assertEquals(50, spreadInPoints(chat, "compliance-risk"));
        assertEquals(4, Grid.median(chat, "compliance-risk"));
    }

    @Test
    void gatesHaveSomethingToCatch() {
        assertTrue(PORTFOLIO.getUseCases().stream().anyMatch(useCase -> Grid.median(useCase, "compliance-risk") == 5));
        assertTrue(PORTFOLIO.getUseCases().stream()
                .anyMatch(useCase -> Grid.median(useCase, "data-process-maturity") == 1));
    }

    @Test
    void overallScoresFollowTheHandWorkedFormula() {
        // Invoice data extraction: 4 2 5 4 | cost 2 | 2 | cost 2 | 5 -> 75 25 100 75 75 25 75 100 -> mean 68.75
        assertEquals(68.75, Grid.overall(useCase("Invoice data extraction")), 1e-9);
        // Churn prediction: financial potential 5 and 3 -> median 4 -> 75; with 100 75 _ 75 50 50 50 100 -> 71.875
        assertEquals(71.875, Grid.overall(useCase("Churn prediction and retention offers")), 1e-9);
        // Social media screening: 2 1 3 2 | cost 4 | 1 | cost 5 | 1 -> 25 0 50 25 25 0 0 0 -> 15.625
        assertEquals(15.625, Grid.overall(useCase("Social media screening of claimants")), 1e-9);
    }

    @Test
    void theRankingSeparatesUseCases() {
        long distinctOverall = PORTFOLIO.getUseCases().stream().mapToDouble(Grid::overall).distinct().count();
        assertTrue(distinctOverall >= 12, "distinct overall scores: " + distinctOverall);
    }

    @Test
    void internalAutomationIsMoreFeasibleThanCustomerFacingAssistants() {
        double internal = averageFeasibility(Scope.INTERNAL);
        double external = averageFeasibility(Scope.EXTERNAL);
        assertTrue(internal > external, internal + " <= " + external);
        UseCase chat = useCase("Customer service chat assistant");
        assertTrue(Grid.median(chat, "compliance-risk") >= 4);
        assertTrue(Grid.median(chat, "technical-complexity") >= 4);
        assertTrue(Grid.median(chat, "strategic-value") >= 4);
    }

    private static double averageFeasibility(Scope scope) {
        return PORTFOLIO.getUseCases().stream().filter(useCase -> useCase.getScope() == scope)
                .mapToDouble(Grid::feasibility).average().orElseThrow();
    }

    /** Highest minus lowest assessor value on the criterion, in points of the 0-100 scale. */
    private static double spreadInPoints(UseCase useCase, String criterionId) {
        var values = useCase.getScores().stream().filter(score -> score.getCriterionId().equals(criterionId))
                .mapToDouble(Score::getValue).summaryStatistics();
        return (values.getMax() - values.getMin()) / 4 * 100;
    }

    private static UseCase useCase(String name) {
        return PORTFOLIO.getUseCases().stream().filter(useCase -> useCase.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
