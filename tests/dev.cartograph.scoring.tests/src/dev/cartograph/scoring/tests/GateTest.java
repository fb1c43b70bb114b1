// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.model.Confidence;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.GateHit;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;

/**
 * Knock-out gates applied before ranking. Criteria on 1-5: value (impact), risk (feasibility,
 * cost, label "Compliance risk"), data (feasibility, label "Data maturity").
 */
class GateTest {

    private Locale saved;
    private PortfolioBuilder builder;
    private ScoringEngine engine;

    @BeforeEach
    void setUp() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        builder = new PortfolioBuilder();
        engine = TestCriteria.engine(TestCriteria.impact("value"),
                Criterion.builder("risk").label("Compliance risk").side(Side.FEASIBILITY)
                        .direction(Direction.COST).scale(Scale.of(1, 5)).build(),
                Criterion.builder("data").label("Data maturity").side(Side.FEASIBILITY)
                        .scale(Scale.of(1, 5)).build());
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest(name = "risk {0} {1} {2} ({3}) -> {4}")
    @CsvSource({
            "5, AT_LEAST, 5, BLOCK, BLOCKED",
            "4, AT_LEAST, 5, BLOCK, RANKED",
            "5, AT_LEAST, 4, NOT_READY, NOT_READY",
            "1, AT_MOST, 1, BLOCK, BLOCKED",
            "2, AT_MOST, 1, NOT_READY, RANKED",
            "1, AT_MOST, 2, NOT_READY, NOT_READY" })
    void gatesCompareTheValueOnTheCriterionsOwnScale(double risk, GateOperator operator, double threshold,
            GateEffect effect, Standing expected) {
        builder.gate("risk", operator, threshold, effect, "reason");
        UseCase useCase = builder.useCase("U").score("value", 3).score("risk", risk).score("data", 3).get();
        assertEquals(expected, engine.score(builder.portfolio).find(useCase).orElseThrow().standing());
    }

    @Test
    void aGatedUseCaseIsListedWithTheGateAndReasonNotRanked() {
        builder.gate("risk", GateOperator.AT_LEAST, 5, GateEffect.BLOCK, "unacceptable regulatory exposure");
        UseCase first = builder.useCase("First").score("value", 5).score("risk", 1).score("data", 5).get();
        UseCase blocked = builder.useCase("Blocked").score("value", 5).score("risk", 5).score("data", 5).get();
        UseCase second = builder.useCase("Second").score("value", 3).score("risk", 3).score("data", 3).get();
        ScoringResult result = engine.score(builder.portfolio);

        assertEquals(List.of(first, second), result.ranking().stream().map(UseCaseScore::useCase).toList());
        assertEquals(0, result.rankOf(blocked));
        assertEquals(2, result.rankOf(second));
        UseCaseScore score = result.find(blocked).orElseThrow();
        assertEquals(List.of(score), result.withStanding(Standing.BLOCKED));
        GateHit hit = score.gates().get(0);
        assertEquals("risk", hit.gate().criterionId());
        assertEquals(5, hit.value());
        assertEquals("Compliance risk is 5, at least 5: unacceptable regulatory exposure", hit.message());
        // A complete gated use case keeps its scores: value 100, risk 5 -> 0, data 100;
        // overall (100 + 0 + 100)/3
        assertEquals(200.0 / 3, score.overall(), 1e-9);
    }

    @Test
    void aNotReadyGateSaysSo() {
        builder.gate("data", GateOperator.AT_MOST, 2, GateEffect.NOT_READY, "");
        UseCase useCase = builder.useCase("U").score("value", 4).score("risk", 2).score("data", 1.5).get();
        UseCaseScore score = engine.score(builder.portfolio).find(useCase).orElseThrow();
        assertEquals(Standing.NOT_READY, score.standing());
        assertEquals("Data maturity is 1.5, at most 2", score.gates().get(0).message());
        // the label is the contributor's (already localised); the rest follows the locale
        assertEquals("Data maturity vaut 1,5, au plus 2", score.gates().get(0).message(Locale.FRENCH));
    }

    @Test
    void aDisabledGateDoesNotApply() {
        builder.gate("risk", GateOperator.AT_LEAST, 5, GateEffect.BLOCK, "unacceptable").setEnabled(false);
        UseCase useCase = builder.useCase("U").score("value", 3).score("risk", 5).score("data", 3).get();
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(Standing.RANKED, result.find(useCase).orElseThrow().standing());
        assertEquals(1, result.rankOf(useCase));
        assertTrue(result.find(useCase).orElseThrow().gates().isEmpty());
    }

    @Test
    void aBlockingGateWinsOverANotReadyGateAndBothAreListed() {
        builder.gate("data", GateOperator.AT_MOST, 2, GateEffect.NOT_READY, "no data yet");
        builder.gate("risk", GateOperator.AT_LEAST, 4, GateEffect.BLOCK, "too risky");
        UseCase useCase = builder.useCase("U").score("value", 3).score("risk", 4).score("data", 1).get();
        UseCaseScore score = engine.score(builder.portfolio).find(useCase).orElseThrow();
        assertEquals(Standing.BLOCKED, score.standing());
        assertEquals(List.of("no data yet", "too risky"), score.gates().stream().map(h -> h.gate().reason()).toList());
    }

    @Test
    void aGateLooksAtTheAggregatedValue() {
        builder.gate("risk", GateOperator.AT_LEAST, 5, GateEffect.BLOCK, "too risky");
        // median of 5, 5, 2 = 5: gated, although one assessor said 2
        UseCase useCase = builder.useCase("U").score("value", 3).score("data", 3)
                .score("risk", 5, "ann", Confidence.HIGH).score("risk", 5, "bob", Confidence.HIGH)
                .score("risk", 2, "cy", Confidence.HIGH).get();
        assertEquals(Standing.BLOCKED, engine.score(builder.portfolio).find(useCase).orElseThrow().standing());
    }

    @Test
    void aGateStillAppliesWhenItsCriterionIsDisabled() {
        builder.listCriteria("value", "risk", "data").disable("risk");
        builder.gate("risk", GateOperator.AT_LEAST, 5, GateEffect.BLOCK, "too risky");
        UseCase useCase = builder.useCase("U").score("value", 3).score("risk", 5).score("data", 3).get();
        UseCaseScore score = engine.score(builder.portfolio).find(useCase).orElseThrow();
        assertEquals(Standing.BLOCKED, score.standing());
        assertEquals(List.of("value", "data"), score.criteria().stream().map(c -> c.criterionId()).toList());
    }

    @Test
    void aGateOnAnUninstalledCriterionIsIgnoredAndReported() {
        builder.gate("sustainability", GateOperator.AT_MOST, 1, GateEffect.BLOCK, "not green");
        UseCase useCase = builder.useCase("U").score("value", 3).score("risk", 3).score("data", 3)
                .score("sustainability", 1).get();
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(Standing.RANKED, result.find(useCase).orElseThrow().standing());
        assertEquals(List.of("A gate names criterion \"sustainability\", which is not installed; the gate is ignored"),
                result.problems());
    }
}
