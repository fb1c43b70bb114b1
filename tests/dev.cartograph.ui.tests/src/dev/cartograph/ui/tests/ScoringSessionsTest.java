// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ui.PortfolioScoring;
import dev.cartograph.scoring.ui.ScoringSessions;

/**
 * One live scoring per open portfolio, shared and reference counted; changes reach listeners
 * through the UI executor, a burst of changes once.
 */
class ScoringSessionsTest {

    private final TinyPortfolio tiny = new TinyPortfolio();
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final List<ScoringResult> delivered = new ArrayList<>();
    private ScoringSessions sessions;
    private UseCase alpha;

    @BeforeEach
    void setUp() {
        alpha = tiny.add("Alpha", Scope.INTERNAL, UseCaseStatus.IDEA, 3, 3);
        tiny.add("Bravo", Scope.INTERNAL, UseCaseStatus.IDEA, 2, 2);
        ScoringEngine engine = TinyPortfolio.engine();
        sessions = new ScoringSessions(engine::attach, uiQueue::add);
    }

    @Test
    void everyHolderSharesOneScoringOfAPortfolio() {
        PortfolioScoring first = sessions.acquire(tiny.portfolio);
        PortfolioScoring second = sessions.acquire(tiny.portfolio);
        assertSame(first, second);
        assertEquals(1, sessions.size());
        assertEquals(2, first.current().ranking().size());
    }

    /** Alpha's value 3 then 5 then 4: one delivery, with the last value (impact (4 - 1) x 25 = 75). */
    @Test
    void aBurstOfChangesReachesListenersOnceWithTheLatestResult() {
        PortfolioScoring scoring = sessions.acquire(tiny.portfolio);
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
        PortfolioScoring first = sessions.acquire(tiny.portfolio);
        sessions.acquire(tiny.portfolio);
        first.addListener(delivered::add);
        first.release();
        assertTrue(sessions.find(tiny.portfolio).isPresent(), "still held once");
        first.release();
        assertTrue(sessions.find(tiny.portfolio).isEmpty());
        assertTrue(first.isDisposed());

        alpha.getScores().get(0).setValue(5);
        assertTrue(uiQueue.isEmpty(), "a disposed scoring no longer follows the model");
        PortfolioScoring again = sessions.acquire(tiny.portfolio);
        assertNotSame(first, again);
        assertEquals(100.0, again.current().find(alpha).orElseThrow().impact(), 1e-9);
    }

    @Test
    void aResultQueuedBeforeTheLastReleaseIsNotDelivered() {
        PortfolioScoring scoring = sessions.acquire(tiny.portfolio);
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
