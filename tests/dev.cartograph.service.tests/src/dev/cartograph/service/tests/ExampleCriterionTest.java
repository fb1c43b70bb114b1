// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.ValueSource;

/** The example third-party plug-in's criterion, EU AI Act risk class. */
class ExampleCriterionTest {

    private static final String ID = "ai-act-risk";

    private static ThisBundle.Opened opened;

    @BeforeAll
    static void open() {
        opened = new ThisBundle.Opened();
    }

    @AfterAll
    static void close() {
        opened.close();
    }

    @Test
    void isInstalledFromTheExamplePlugIn() {
        Criterion criterion = opened.services.criteria().find(ID).orElseThrow();
        assertEquals("EU AI Act risk class", criterion.label());
        assertEquals("Which risk class of the EU AI Act does the AI system fall into?", criterion.question());
        assertEquals(Side.FEASIBILITY, criterion.side());
        assertEquals(Direction.COST, criterion.direction());
        assertEquals(1.0, criterion.defaultWeight());
        assertFalse(criterion.enabledInNewPortfolios(), "offered, but off in new portfolios unless the user turns it on");
        assertEquals("dev.cartograph.example.criterion", criterion.contributor());
        assertFalse(criterion.isComputed());
        assertEquals(1.0, criterion.scale().min());
        assertEquals(4.0, criterion.scale().max());
    }

    @Test
    void hasOneRubricLevelPerRiskClass() {
        List<String> rubric = opened.services.criteria().find(ID).orElseThrow().scale().rubric();
        assertEquals(4, rubric.size());
        assertTrue(rubric.get(0).startsWith("Minimal risk:"), rubric.get(0));
        assertTrue(rubric.get(1).startsWith("Limited risk:"), rubric.get(1));
        assertTrue(rubric.get(2).startsWith("High risk:"), rubric.get(2));
        assertTrue(rubric.get(3).startsWith("Unacceptable:"), rubric.get(3));
    }

    @Test
    void scoresAsACostOnItsOwnScale() {
        ScoringResult result = opened.services.createEngine().score(Sample.rankable(opened.services.criteria()));
        CriterionScore score = result.all().get(0).criterion(ID).orElseThrow();
        assertEquals(ValueSource.ASSESSED, score.source());
        assertEquals(2.0, score.value());
        // (2 - 1) / (4 - 1) = 33.33 on 0-100, inverted for a cost
        assertEquals(100 - 100.0 / 3, score.normalised(), 1e-9);
    }

    @Test
    void aGateOnTheUnacceptableClassBlocksTheUseCase() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        Gate gate = CartographFactory.eINSTANCE.createGate();
        gate.setCriterionId(ID);
        gate.setOperator(GateOperator.AT_LEAST);
        gate.setValue(4);
        gate.setEffect(GateEffect.BLOCK);
        gate.setReason("Prohibited by the EU AI Act");
        portfolio.getScoring().getGates().add(gate);
        assertEquals(Standing.RANKED, opened.services.createEngine().score(portfolio).all().get(0).standing());

        for (Score score : Sample.useCase(portfolio).getScores()) {
            if (score.getCriterionId().equals(ID)) {
                score.setValue(4);
            }
        }
        UseCaseScore blocked = opened.services.createEngine().score(portfolio).all().get(0);
        assertEquals(Standing.BLOCKED, blocked.standing());
        assertEquals(1, blocked.gates().size());
    }
}
