// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.model.Aggregation;
import dev.cartograph.model.Confidence;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;

/** Several assessors' scores for one criterion (c, impact, 1-5) combine by the configured aggregation. */
class AggregationTest {

    private static final double EPSILON = 1e-9;

    private final ScoringEngine engine = TestCriteria.engine(TestCriteria.impact("c"));

    @ParameterizedTest(name = "{0} of {1} = {2}")
    @CsvSource({
            // median, odd count: sorted 1 4 5 -> 4
            "MEDIAN, '5 1 4', 4",
            // median, even count: sorted 2 3 4 5 -> (3+4)/2 = 3.5
            "MEDIAN, '4 2 5 3', 3.5",
            // median of one value
            "MEDIAN, '2', 2",
            // mean: (2+3+5)/3 = 10/3
            "MEAN, '2 3 5', 3.3333333333333335",
            "MINIMUM, '4 2 5', 2",
            "MAXIMUM, '4 2 5', 5" })
    void aggregatesAssessors(Aggregation aggregation, String values, double expected) {
        CriterionScore score = score(aggregation, values.split(" "));
        assertEquals(expected, score.value(), EPSILON);
        assertEquals(values.split(" ").length, score.assessments());
        // the overall score is the normalised aggregate: (v-1)/4*100
        assertEquals((expected - 1) / 4 * 100, score.normalised(), EPSILON);
    }

    @Test
    void medianIsTheDefault() {
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.portfolio.setScoring(null);
        builder.useCase("U").score("c", 1, "a", Confidence.HIGH).score("c", 2, "b", Confidence.HIGH)
                .score("c", 5, "c", Confidence.HIGH);
        // median 2, where the mean would be 8/3
        assertEquals(2, engine.score(builder.portfolio).all().get(0).criteria().get(0).value(), EPSILON);
    }

    @ParameterizedTest(name = "{0}: spread {1}, disputed {2}")
    @CsvSource({
            // spread (4-3)/(5-1)*100 = 25: not above the threshold 25
            "'3 4', 25, false",
            // (5-3)/4*100 = 50
            "'3 5', 50, true",
            // (5-1)/4*100 = 100
            "'1 3 5', 100, true",
            // one assessor: no spread
            "'5', 0, false" })
    void spreadAboveTheThresholdIsDisputed(String values, double spread, boolean disputed) {
        CriterionScore score = score(Aggregation.MEDIAN, values.split(" "));
        assertEquals(spread, score.spread(), EPSILON);
        assertEquals(disputed, score.flags().contains(ScoreFlag.DISPUTED));
    }

    @Test
    void theDisagreementThresholdComesFromTheConfiguration() {
        PortfolioBuilder builder = new PortfolioBuilder().disagreement(10);
        builder.useCase("U").score("c", 3, "a", Confidence.HIGH).score("c", 4, "b", Confidence.HIGH);
        // spread 25 > 10
        UseCaseScore score = engine.score(builder.portfolio).all().get(0);
        assertEquals(Set.of(ScoreFlag.DISPUTED), score.flags());
        // a disputed use case is still ranked
        assertEquals(Standing.RANKED, score.standing());
    }

    @Test
    void allScoresWithLowConfidenceAreFlagged() {
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.useCase("All low").score("c", 3, "a", Confidence.LOW).score("c", 3, "b", Confidence.LOW);
        builder.useCase("One medium").score("c", 3, "a", Confidence.LOW).score("c", 3, "b", Confidence.MEDIUM);
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(Set.of(ScoreFlag.LOW_CONFIDENCE), result.all().get(0).criteria().get(0).flags());
        assertEquals(Set.of(), result.all().get(1).criteria().get(0).flags());
    }

    @Test
    void aValueOutsideTheScaleIsIgnoredAndFlagged() {
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.useCase("U").score("c", 7, "a", Confidence.HIGH).score("c", 3, "b", Confidence.HIGH);
        CriterionScore score = engine.score(builder.portfolio).all().get(0).criteria().get(0);
        // only 3 counts
        assertEquals(3, score.value(), EPSILON);
        assertEquals(1, score.assessments());
        assertEquals(Set.of(ScoreFlag.OUT_OF_SCALE), score.flags());
    }

    private CriterionScore score(Aggregation aggregation, String... values) {
        PortfolioBuilder builder = new PortfolioBuilder().aggregation(aggregation);
        PortfolioBuilder.UseCaseBuilder useCase = builder.useCase("U");
        for (int i = 0; i < values.length; i++) {
            useCase.score("c", Double.parseDouble(values[i]), "assessor " + i, Confidence.HIGH);
        }
        UseCaseScore result = engine.score(builder.portfolio).all().get(0);
        assertEquals(result.overall(), result.criteria().get(0).normalised(), EPSILON);
        return result.criteria().get(0);
    }
}
