// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.Sentences;
import dev.cartograph.scoring.UseCaseScore;

/** Messages assembled from a reason the user typed never double their punctuation. */
class SentencesTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "unacceptable risk|unacceptable risk",
            "unacceptable risk.|unacceptable risk",
            "  unacceptable risk.  |unacceptable risk",
            "risque inacceptable .|risque inacceptable",
            "to be continued...|to be continued...",
            "why not?|why not?",
            "see: |see",
            "(5 out of 5).|(5 out of 5)" })
    void aReasonBecomesAClauseWithoutItsFinalFullStop(String text, String clause) {
        assertEquals(clause, Sentences.clause(text));
    }

    @ParameterizedTest(name = "gate reason \"{0}\"")
    @ValueSource(strings = { "unacceptable exposure", "unacceptable exposure.", "unacceptable exposure. " })
    void aGatesMessageEndsWithoutADoubledFullStopInEnglishAndFrench(String reason) {
        PortfolioBuilder builder = new PortfolioBuilder();
        ScoringEngine engine = TestCriteria.engine(TestCriteria.impact("value"));
        builder.gate("value", GateOperator.AT_LEAST, 5, GateEffect.BLOCK, reason);
        UseCase useCase = builder.useCase("U").score("value", 5).get();
        UseCaseScore score = engine.score(builder.portfolio).find(useCase).orElseThrow();
        assertEquals("value is 5, at least 5: unacceptable exposure", score.gates().get(0).message(Locale.ENGLISH));
        assertEquals("value vaut 5, au moins 5 : unacceptable exposure", score.gates().get(0).message(Locale.FRENCH));
    }
}
