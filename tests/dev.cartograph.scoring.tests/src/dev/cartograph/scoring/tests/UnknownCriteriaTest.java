// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ScoringSession;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.scoring.UnknownCriterion;
import dev.cartograph.scoring.UseCaseScore;

/**
 * Scores naming a criterion no installed plug-in provides are kept in the model, not counted,
 * and reported with the use cases concerned.
 */
class UnknownCriteriaTest {

    @Test
    void unknownScoresAreKeptReportedAndNotCounted() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase green = builder.useCase("Green").score("i", 80).score("sustainability", 5).score("sustainability", 4)
                .get();
        UseCase plain = builder.useCase("Plain").score("i", 60).get();
        UseCase risky = builder.useCase("Risky").score("i", 40).score("ai-act-class", 3).score("sustainability", 1)
                .get();
        List<Score> before = List.copyOf(green.getScores());

        ScoringResult result = TestCriteria.engine(TestCriteria.percentImpact("i")).score(builder.portfolio);

        // overall = i alone: the unknown scores do not count
        assertEquals(80, result.find(green).orElseThrow().overall(), 1e-9);
        assertEquals(40, result.find(risky).orElseThrow().overall(), 1e-9);
        List<UnknownCriterion> unknown = result.unknownCriteria();
        assertEquals(List.of("sustainability", "ai-act-class"), unknown.stream().map(UnknownCriterion::criterionId).toList());
        assertEquals(List.of(green, risky), unknown.get(0).useCases().stream().map(UseCaseScore::useCase).toList());
        assertEquals(List.of(risky), unknown.get(1).useCases().stream().map(UseCaseScore::useCase).toList());
        assertEquals(List.of("ai-act-class", "sustainability"), result.find(risky).orElseThrow().unknownCriterionIds());
        assertEquals(List.of(), result.find(plain).orElseThrow().unknownCriterionIds());
        // the model is untouched
        assertEquals(before, green.getScores());
        assertSame(before.get(1), green.getScores().get(1));
        assertEquals(5, green.getScores().get(1).getValue());
    }

    @Test
    void removingAnInstalledCriterionTurnsItsScoresIntoUnknownOnes() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase useCase = builder.useCase("U").score("i", 80).score("extra", 20).get();
        CriterionRegistry registry = TestCriteria.registry(TestCriteria.percentImpact("i"),
                TestCriteria.percentImpact("extra"));
        ScoringSession session = new ScoringEngine(registry, new StrategyRegistry()).attach(builder.portfolio);
        // (80 + 20)/2 = 50
        assertEquals(50, session.current().find(useCase).orElseThrow().overall(), 1e-9);

        registry.remove("extra");

        ScoringResult result = session.current();
        assertEquals(80, result.find(useCase).orElseThrow().overall(), 1e-9);
        assertEquals("extra", result.unknownCriteria().get(0).criterionId());
        assertEquals(2, useCase.getScores().size());
        session.dispose();
    }

    @Test
    void aScoreThatNamesNoCriterionIsIgnoredNotFatal() {
        // criterionId is required by the metamodel, but a hand-edited file may lack it
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase useCase = builder.useCase("U").score("i", 70).get();
        Score anonymous = PortfolioBuilder.FACTORY.createScore();
        anonymous.setValue(3);
        useCase.getScores().add(anonymous);

        ScoringResult result = TestCriteria.engine(TestCriteria.percentImpact("i")).score(builder.portfolio);

        assertEquals(70, result.find(useCase).orElseThrow().overall(), 1e-9);
        assertEquals(2, useCase.getScores().size());
    }
}
