// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.ui.scoring.PortfolioScoring;
import dev.cartograph.ui.scoring.ScoringSessions;

/**
 * One live scoring per open portfolio, shared and reference counted; changes reach listeners
 * through the UI executor, a burst of changes once.
 * <p>
 * The portfolio is scored on two criteria of weight 1, "value" (impact, 1-5) and "effort"
 * (feasibility, a cost, 1-5): on 0-100 a value v is (v - 1) x 25, so the impact of a use case
 * is (value - 1) x 25.
 */
class ScoringSessionsTest {

    private static final Criterion VALUE = Criterion.builder("value").label("Value").scale(Scale.of(1, 5))
            .side(Side.IMPACT).build();
    private static final Criterion EFFORT = Criterion.builder("effort").label("Effort").scale(Scale.of(1, 5))
            .side(Side.FEASIBILITY).direction(Direction.COST).build();

    private final Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final List<ScoringResult> delivered = new ArrayList<>();
    private ScoringSessions sessions;
    private UseCase alpha;

    @BeforeEach
    void setUp() {
        alpha = useCase("Alpha", 3, 3);
        useCase("Bravo", 2, 2);
        CriterionRegistry criteria = new CriterionRegistry();
        criteria.add(VALUE);
        criteria.add(EFFORT);
        ScoringEngine engine = new ScoringEngine(criteria, new StrategyRegistry());
        sessions = new ScoringSessions(engine::attach, uiQueue::add);
    }

    private UseCase useCase(String name, double value, double effort) {
        UseCase useCase = CartographFactory.eINSTANCE.createUseCase();
        useCase.setName(name);
        useCase.getScores().add(score(VALUE, value));
        useCase.getScores().add(score(EFFORT, effort));
        portfolio.getUseCases().add(useCase);
        return useCase;
    }

    private static Score score(Criterion criterion, double value) {
        Score score = CartographFactory.eINSTANCE.createScore();
        score.setCriterionId(criterion.id());
        score.setValue(value);
        score.setAssessor("Ann");
        return score;
    }

    @Test
    void everyHolderSharesOneScoringOfAPortfolio() {
        PortfolioScoring first = sessions.acquire(portfolio);
        PortfolioScoring second = sessions.acquire(portfolio);
        assertSame(first, second);
        assertEquals(1, sessions.size());
        assertEquals(2, first.current().ranking().size());
    }

    /** Alpha's value 3 then 5 then 4: one delivery, with the last value (impact (4 - 1) x 25 = 75). */
    @Test
    void aBurstOfChangesReachesListenersOnceWithTheLatestResult() {
        PortfolioScoring scoring = sessions.acquire(portfolio);
        scoring.addListener(delivered::add);
        alpha.getScores().get(0).setValue(5);
        alpha.getScores().get(0).setValue(4);
        assertEquals(1, uiQueue.size(), "one delivery scheduled for the burst");
        assertTrue(delivered.isEmpty(), "nothing is delivered off the UI executor");

        runQueue();

        assertEquals(1, delivered.size());
        assertEquals(75.0, delivered.get(0).find(alpha).orElseThrow().impact(), 1e-9);
        alpha.getScores().get(0).setValue(1);
        assertEquals(1, uiQueue.size(), "a later change is delivered again");
        runQueue();
        assertEquals(2, delivered.size());
        assertEquals(0.0, delivered.get(1).find(alpha).orElseThrow().impact(), 1e-9);
    }

    @Test
    void theLastReleaseEndsTheScoring() {
        PortfolioScoring first = sessions.acquire(portfolio);
        sessions.acquire(portfolio);
        first.addListener(delivered::add);
        first.release();
        assertTrue(sessions.find(portfolio).isPresent(), "still held once");
        first.release();
        assertTrue(sessions.find(portfolio).isEmpty());
        assertTrue(first.isDisposed());

        alpha.getScores().get(0).setValue(5);
        assertTrue(uiQueue.isEmpty(), "a disposed scoring no longer follows the model");
        PortfolioScoring again = sessions.acquire(portfolio);
        assertNotSame(first, again);
        assertEquals(100.0, again.current().find(alpha).orElseThrow().impact(), 1e-9);
    }

    @Test
    void aResultQueuedBeforeTheLastReleaseIsNotDelivered() {
        PortfolioScoring scoring = sessions.acquire(portfolio);
        scoring.addListener(delivered::add);
        alpha.getScores().get(0).setValue(5);
        scoring.release();
        runQueue();
        assertTrue(delivered.isEmpty());
    }

    private void runQueue() {
        List<Runnable> pending = new ArrayList<>(uiQueue);
        uiQueue.clear();
        pending.forEach(Runnable::run);
    }
}
