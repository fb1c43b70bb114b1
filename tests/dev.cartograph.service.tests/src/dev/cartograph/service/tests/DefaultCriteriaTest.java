// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.criteria.DefaultCriteria;
import dev.cartograph.service.ScoringServices;

/** The eight default criteria of METHOD.md, as the default-criteria plug-in contributes them. */
class DefaultCriteriaTest {

    private static ThisBundle.Opened opened;

    @BeforeAll
    static void open() {
        opened = new ThisBundle.Opened();
    }

    @AfterAll
    static void close() {
        opened.close();
    }

    /** The grid of METHOD.md: id, label, question, side, direction. */
    static Stream<Arguments> method() {
        return Stream.of(
                Arguments.of("strategic-value", "Strategic business value",
                        "Does it serve the company's key objectives (growth, margin, market share)?",
                        Side.IMPACT, Direction.BENEFIT),
                Arguments.of("customer-experience", "Customer experience impact",
                        "Does it remove a major friction or create a moment of delight for the customer?",
                        Side.IMPACT, Direction.BENEFIT),
                Arguments.of("financial-potential", "Financial potential",
                        "Can the revenue gained or the cost avoided be quantified clearly?",
                        Side.IMPACT, Direction.BENEFIT),
                Arguments.of("data-process-maturity", "Data and process maturity",
                        "Do we have the data, and is the process mature enough for AI to work?",
                        Side.FEASIBILITY, Direction.BENEFIT),
                Arguments.of("technical-complexity", "Technical complexity",
                        "How much effort to build, integrate and maintain? (higher = harder)",
                        Side.FEASIBILITY, Direction.COST),
                Arguments.of("brand-impact", "Brand impact",
                        "Does it strengthen the brand, or carry a reputational risk?",
                        Side.IMPACT, Direction.BENEFIT),
                Arguments.of("compliance-risk", "Compliance and operational risk",
                        "What are the regulatory, legal and security implications? (higher = riskier)",
                        Side.FEASIBILITY, Direction.COST),
                Arguments.of("initiative-alignment", "Alignment with key initiatives",
                        "Does it accelerate or support other strategic priorities?",
                        Side.IMPACT, Direction.BENEFIT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("method")
    void isContributedAsTheMethodDefinesIt(String id, String label, String question, Side side, Direction direction) {
        Criterion criterion = opened.services.criteria().find(id).orElseThrow();
        assertEquals(label, criterion.label());
        assertEquals(question, criterion.question());
        assertEquals(side, criterion.side());
        assertEquals(direction, criterion.direction());
        assertEquals(1.0, criterion.defaultWeight());
        assertTrue(criterion.enabledInNewPortfolios(), "on in every new portfolio");
        assertEquals(DefaultCriteria.CONTRIBUTOR, criterion.contributor());
        assertFalse(criterion.description().isBlank(), "description");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("method")
    void hasAOneToFiveScaleWithFiveDistinctRubricLevels(String id) {
        Scale scale = opened.services.criteria().find(id).orElseThrow().scale();
        assertEquals(1.0, scale.min());
        assertEquals(5.0, scale.max());
        assertEquals(5, scale.rubric().size());
        assertEquals(5, Set.copyOf(scale.rubric()).size(), "each level has its own text");
        for (double level = 1; level <= 5; level++) {
            String text = scale.rubricFor(level).orElseThrow();
            assertFalse(text.isBlank() || text.startsWith("%"), "level " + level + " is localised: " + text);
        }
    }

    @Test
    void theEightComeInTheMethodsOrderAndOnlyFinancialPotentialIsComputed() {
        List<String> installed = opened.services.criteria().criteria().stream()
                .filter(c -> DefaultCriteria.CONTRIBUTOR.equals(c.contributor())).map(Criterion::id).toList();
        assertEquals(DefaultCriteria.IDS, installed);
        List<String> computed = opened.services.criteria().criteria().stream()
                .filter(c -> DefaultCriteria.CONTRIBUTOR.equals(c.contributor()) && c.isComputed())
                .map(Criterion::id).toList();
        assertEquals(List.of(DefaultCriteria.FINANCIAL_POTENTIAL), computed);
    }

    @Test
    void rubricTextsReadAsWritten() {
        Scale strategic = opened.services.criteria().find("strategic-value").orElseThrow().scale();
        assertEquals("No visible link to the company's stated objectives.", strategic.rubricFor(1).orElseThrow());
        Scale complexity = opened.services.criteria().find("technical-complexity").orElseThrow().scale();
        assertEquals("An off-the-shelf capability configured in a few weeks, with no integration.",
                complexity.rubricFor(1).orElseThrow());
    }

    @Test
    void theFinancialRubricStatesTheThresholdsOfTheComputation() {
        Scale scale = opened.services.criteria().find("financial-potential").orElseThrow().scale();
        assertTrue(scale.rubricFor(1).orElseThrow().contains("below 100,000"));
        assertTrue(scale.rubricFor(2).orElseThrow().contains("from 100,000 to under 250,000"));
        assertTrue(scale.rubricFor(3).orElseThrow().contains("from 250,000 to under 500,000"));
        assertTrue(scale.rubricFor(4).orElseThrow().contains("from 500,000 to under 1,000,000"));
        assertTrue(scale.rubricFor(5).orElseThrow().contains("1,000,000 or more"));
    }

    @Test
    void theSampleUseCaseIsRankedWithTheScoresComputedByHand() {
        ScoringResult result = opened.services.createEngine().score(Sample.rankable(opened.services.criteria()));
        UseCaseScore score = result.ranking().get(0);
        assertEquals(Sample.USE_CASE, score.name());
        assertEquals(Standing.RANKED, score.standing());
        assertEquals(Sample.IMPACT, score.impact(), 1e-9);
        assertEquals(Sample.FEASIBILITY, score.feasibility(), 1e-9);
        assertEquals(Sample.OVERALL, score.overall(), 1e-9);
        assertEquals(List.of(), score.failures());
    }

    @Test
    void theSharedServicesHoldTheSameCriteria() {
        ScoringServices shared = ScoringServices.getDefault();
        assertEquals(opened.services.criteria().criteria().stream().map(Criterion::id).toList(),
                shared.criteria().criteria().stream().map(Criterion::id).toList());
    }
}
