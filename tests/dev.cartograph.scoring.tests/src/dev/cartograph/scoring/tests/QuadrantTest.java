// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ScoringResult;

/**
 * Quadrants from the configuration's thresholds, a score at the threshold counting as high.
 * One impact and one feasibility criterion on 0-100, so a value is its own normalised score.
 */
class QuadrantTest {

    @ParameterizedTest(name = "impact {0}, feasibility {1}, thresholds {2}/{3} -> {4}")
    @CsvSource({
            "80, 80, 50, 50, QUICK_WIN",
            "80, 20, 50, 50, STRATEGIC_BET",
            "20, 80, 50, 50, FILL_IN",
            "20, 20, 50, 50, DROP",
            // at the threshold is high
            "50, 50, 50, 50, QUICK_WIN",
            "50, 49, 50, 50, STRATEGIC_BET",
            "49, 50, 50, 50, FILL_IN",
            // the thresholds come from the configuration
            "70, 70, 75, 60, FILL_IN",
            "70, 70, 60, 75, STRATEGIC_BET" })
    void placesUseCaseFromThresholds(double impact, double feasibility, double impactThreshold,
            double feasibilityThreshold, Quadrant expected) {
        PortfolioBuilder builder = new PortfolioBuilder().thresholds(impactThreshold, feasibilityThreshold);
        UseCase useCase = builder.useCase("U").score("i", impact).score("f", feasibility).get();
        ScoringResult result = TestCriteria.engine(TestCriteria.percentImpact("i"), TestCriteria.percentFeasibility("f"))
                .score(builder.portfolio);
        assertEquals(expected, result.find(useCase).orElseThrow().quadrant());
    }

    @ParameterizedTest
    @CsvSource({ "QUICK_WIN, Quick win", "STRATEGIC_BET, Strategic bet", "FILL_IN, Fill-in", "DROP, Drop" })
    void namesQuadrantsInEnglish(Quadrant quadrant, String english) {
        assertEquals(english, quadrant.label(Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource({ "QUICK_WIN, Gain rapide", "STRATEGIC_BET, Pari strat\u00e9gique", "FILL_IN, Compl\u00e9ment",
            "DROP, \u00c0 abandonner" })
    void namesQuadrantsInFrench(Quadrant quadrant, String french) {
        assertEquals(french, quadrant.label(Locale.FRENCH));
    }
}
