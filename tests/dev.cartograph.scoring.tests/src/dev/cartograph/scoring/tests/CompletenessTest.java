// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.ValueSource;

/** Incomplete, computed and rejected use cases, on the eight default criteria (1-5, weight 1). */
class CompletenessTest {

    private static final List<String> IDS = List.of("strategic-value", "customer-experience", "financial-potential",
            "data-process-maturity", "technical-complexity", "brand-impact", "compliance-risk", "initiative-alignment");

    private final ScoringEngine engine = TestCriteria.engine(TestCriteria.defaults().toArray(new Criterion[0]));

    @Test
    void aUseCaseMissingAnEnabledCriterionIsIncompleteAndListsWhatIsMissing() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase complete = scoredOnAll(builder.useCase("Complete"), 3).get();
        PortfolioBuilder.UseCaseBuilder partial = builder.useCase("Partial");
        for (String id : IDS) {
            if (!id.equals("brand-impact") && !id.equals("financial-potential")) {
                partial.score(id, 5);
            }
        }
        ScoringResult result = engine.score(builder.portfolio);
        UseCaseScore score = result.find(partial.get()).orElseThrow();
        assertEquals(Standing.INCOMPLETE, score.standing());
        assertEquals(List.of("financial-potential", "brand-impact"), score.missing().stream().map(Criterion::id).toList());
        assertFalse(score.isScored());
        assertTrue(Double.isNaN(score.overall()));
        assertNull(score.quadrant());
        // the other criteria still have their values
        assertEquals(100, score.criterion("strategic-value").orElseThrow().normalised(), 1e-9);
        assertEquals(ValueSource.MISSING, score.criterion("brand-impact").orElseThrow().source());
        assertEquals(List.of(complete), result.ranking().stream().map(UseCaseScore::useCase).toList());
        assertEquals(List.of(score), result.withStanding(Standing.INCOMPLETE));
    }

    @Test
    void aComputedValueFillsInWhenNoAssessorScored() {
        PortfolioBuilder builder = new PortfolioBuilder();
        PortfolioBuilder.UseCaseBuilder useCase = builder.useCase("Computed").businessCase(200_000, 100_000);
        for (String id : IDS) {
            if (!id.equals("financial-potential")) {
                useCase.score(id, 3);
            }
        }
        UseCaseScore score = engine.score(builder.portfolio).find(useCase.get()).orElseThrow();
        assertEquals(Standing.RANKED, score.standing());
        CriterionScore financial = score.criterion("financial-potential").orElseThrow();
        // 300k: at least 100k and 250k -> level 3
        assertEquals(ValueSource.COMPUTED, financial.source());
        assertEquals(3, financial.value());
        assertEquals(0, financial.assessments());
        // every criterion at 3 (50 normalised; the two costs at 100 - 50 = 50): overall 50
        assertEquals(50, score.overall(), 1e-9);
    }

    @Test
    void anAssessorScoreWinsOverTheComputedValue() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase useCase = scoredOnAll(builder.useCase("Assessed").businessCase(2_000_000, 0), 2).get();
        CriterionScore financial = engine.score(builder.portfolio).find(useCase).orElseThrow()
                .criterion("financial-potential").orElseThrow();
        assertEquals(ValueSource.ASSESSED, financial.source());
        assertEquals(2, financial.value());
    }

    @Test
    void aComputedCriterionWithoutDataLeavesTheUseCaseIncomplete() {
        PortfolioBuilder builder = new PortfolioBuilder();
        PortfolioBuilder.UseCaseBuilder useCase = builder.useCase("No business case");
        for (String id : IDS) {
            if (!id.equals("financial-potential")) {
                useCase.score(id, 3);
            }
        }
        UseCaseScore score = engine.score(builder.portfolio).find(useCase.get()).orElseThrow();
        assertEquals(Standing.INCOMPLETE, score.standing());
        assertTrue(score.failures().isEmpty());
    }

    @Test
    void rejectedUseCasesAreListedAsRejectedNotRanked() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase kept = scoredOnAll(builder.useCase("Kept"), 2).get();
        UseCase rejected = scoredOnAll(builder.useCase("Rejected"), 5).rejected("duplicate of another use case").get();
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(List.of(kept), result.ranking().stream().map(UseCaseScore::useCase).toList());
        UseCaseScore score = result.find(rejected).orElseThrow();
        assertEquals(Standing.REJECTED, score.standing());
        assertEquals("duplicate of another use case", score.rejectionReason());
        assertEquals(0, result.rankOf(rejected));
        assertEquals(List.of(score), result.withStanding(Standing.REJECTED));
    }

    private static PortfolioBuilder.UseCaseBuilder scoredOnAll(PortfolioBuilder.UseCaseBuilder useCase, double value) {
        for (String id : IDS) {
            useCase.score(id, value);
        }
        return useCase;
    }
}
