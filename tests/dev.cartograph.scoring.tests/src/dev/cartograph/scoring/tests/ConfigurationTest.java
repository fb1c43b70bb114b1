// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.WeightedSumStrategy;

/**
 * Weights and enabled criteria from the portfolio's settings. Two criteria on 0-100:
 * i (impact, default weight 1) and f (feasibility, default weight 3).
 */
class ConfigurationTest {

    private static final double EPSILON = 1e-9;

    private Locale saved;
    private PortfolioBuilder builder;
    private UseCase useCase;
    private ScoringEngine engine;

    @BeforeEach
    void setUp() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        builder = new PortfolioBuilder();
        useCase = builder.useCase("U").score("i", 80).score("f", 40).get();
        engine = TestCriteria.engine(
                TestCriteria.criterion("i", Side.IMPACT, Direction.BENEFIT, Scale.of(0, 100), 1),
                TestCriteria.criterion("f", Side.FEASIBILITY, Direction.BENEFIT, Scale.of(0, 100), 3));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void withoutSettingsEveryCriterionCountsWithItsDefaultWeight() {
        // overall = (1*80 + 3*40) / 4 = 200/4 = 50
        assertEquals(50, overall(engine.score(builder.portfolio)), EPSILON);
    }

    @Test
    void aCriterionInstalledLaterIsNotUsedByAPortfolioThatListsItsGrid() {
        builder.listCriteria("i");
        // "f" is installed but the portfolio's grid lists only "i": overall = impact = 80,
        // and a use case without a score for "f" is still complete
        UseCaseScore score = engine.score(builder.portfolio).find(useCase).orElseThrow();
        assertEquals(80, score.overall(), EPSILON);
        assertEquals(Standing.RANKED, score.standing());
        assertFalse(engine.score(builder.portfolio).parameters().criterion("f").orElseThrow().enabled());
    }

    @Test
    void withoutScoringConfigurationTheDefaultsApply() {
        builder.portfolio.setScoring(null);
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(50, overall(result), EPSILON);
        assertEquals(50, result.parameters().impactThreshold(), EPSILON);
        assertEquals(25, result.parameters().disagreementThreshold(), EPSILON);
        assertEquals(WeightedSumStrategy.ID, result.parameters().strategyId());
    }

    @Test
    void aSetWeightReplacesTheDefault() {
        builder.listCriteria("i", "f");
        builder.weight("i", 3);
        // overall = (3*80 + 3*40) / 6 = 360/6 = 60
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(60, overall(result), EPSILON);
        CriterionWeight weight = result.parameters().criterion("i").orElseThrow();
        assertEquals(3, weight.weight(), EPSILON);
        assertFalse(weight.defaultWeight());
    }

    @Test
    void anUnsetWeightIsTheDefaultEvenWithASetting() {
        builder.listCriteria("i", "f");
        builder.setting("f").setEnabled(true);
        // the setting exists but its weight is unset: (1*80 + 3*40)/4 = 50
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(50, overall(result), EPSILON);
        assertTrue(result.parameters().criterion("f").orElseThrow().defaultWeight());
    }

    @Test
    void aDisabledCriterionDoesNotCountAndIsNotRequired() {
        builder.listCriteria("i", "f");
        builder.disable("f");
        UseCase withoutF = builder.useCase("V").score("i", 20).get();
        ScoringResult result = engine.score(builder.portfolio);
        // overall = impact = 80; feasibility is a mean over no criterion: 0
        UseCaseScore score = result.find(useCase).orElseThrow();
        assertEquals(80, score.overall(), EPSILON);
        assertEquals(0, score.feasibility(), EPSILON);
        assertEquals(List.of("i"), score.criteria().stream().map(c -> c.criterionId()).toList());
        assertEquals(Standing.RANKED, result.find(withoutF).orElseThrow().standing());
        assertFalse(result.parameters().criterion("f").orElseThrow().enabled());
    }

    @Test
    void aWeightOfZeroKeepsTheCriterionRequiredButWithoutEffect() {
        builder.listCriteria("i", "f");
        builder.weight("f", 0);
        UseCase withoutF = builder.useCase("V").score("i", 20).get();
        ScoringResult result = engine.score(builder.portfolio);
        // overall = (1*80 + 0*40) / 1 = 80
        assertEquals(80, overall(result), EPSILON);
        assertEquals(Standing.INCOMPLETE, result.find(withoutF).orElseThrow().standing());
    }

    @Test
    void aNegativeWeightFallsBackToTheDefaultAndIsReported() {
        builder.listCriteria("i", "f");
        builder.weight("i", -2);
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(50, overall(result), EPSILON);
        assertEquals(List.of("The weight -2.0 of criterion i is not a number of at least 0; its default weight 1 is used"),
                result.problems());
    }

    @Test
    void aSettingForAnUninstalledCriterionIsKeptAndReported() {
        builder.listCriteria("i", "f");
        builder.weight("sustainability", 5);
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(50, overall(result), EPSILON);
        assertEquals(List.of("A setting names criterion \"sustainability\", which is not installed; it is kept but not applied"),
                result.problems());
        assertEquals(3, builder.portfolio.getScoring().getCriteria().size());
    }

    @Test
    void anUnknownStrategyFallsBackToTheWeightedSum() {
        builder.portfolio.getScoring().setStrategyId("magic");
        ScoringResult result = engine.score(builder.portfolio);
        assertEquals(50, overall(result), EPSILON);
        assertEquals("magic", result.parameters().requestedStrategyId());
        assertEquals(WeightedSumStrategy.ID, result.parameters().strategyId());
        assertEquals(List.of("Scoring strategy \"magic\" is not installed; weighted-sum is used instead"),
                result.problems());
    }

    private double overall(ScoringResult result) {
        return result.find(useCase).orElseThrow().overall();
    }
}
