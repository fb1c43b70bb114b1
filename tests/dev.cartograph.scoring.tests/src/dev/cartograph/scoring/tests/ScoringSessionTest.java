// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Confidence;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ScoringSession;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;

/** A session keeps the scoring up to date, one use case at a time, and equals a full recompute. */
class ScoringSessionTest {

    private static final List<String> IDS = List.of("strategic-value", "customer-experience", "financial-potential",
            "data-process-maturity", "technical-complexity", "brand-impact", "compliance-risk", "initiative-alignment");

    private final ScoringEngine engine = TestCriteria.engine(TestCriteria.defaults().toArray(new Criterion[0]));
    private final List<ScoringResult> received = new ArrayList<>();
    private ScoringSession session;

    @AfterEach
    void dispose() {
        if (session != null) {
            session.dispose();
        }
    }

    @Test
    void aScoreChangeMovesTheUseCaseAndTellsTheListeners() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase a = allAt(builder.useCase("A"), 4).get();
        UseCase b = allAt(builder.useCase("B"), 3).get();
        session = engine.attach(builder.portfolio);
        session.addListener(received::add);
        ScoringResult before = session.current();
        assertEquals(List.of(a, b), useCases(before.ranking()));

        for (Score score : b.getScores()) {
            score.setValue(5);
        }

        // one snapshot per score changed, each immutable
        assertEquals(8, received.size());
        assertEquals(List.of(b, a), useCases(session.current().ranking()));
        assertSame(received.get(7), session.current());
        assertEquals(List.of(a, b), useCases(before.ranking()));
        assertThrows(UnsupportedOperationException.class, () -> session.current().ranking().clear());
    }

    @Test
    void aChangeThatDoesNotAlterTheScoringIsNotPublished() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase a = allAt(builder.useCase("A"), 4).get();
        session = engine.attach(builder.portfolio);
        session.addListener(received::add);
        a.getScores().get(0).setRationale("because");
        a.setDescription("new description");
        assertTrue(received.isEmpty());
    }

    @Test
    void addingAndRemovingUseCasesUpdatesTheRanking() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase a = allAt(builder.useCase("A"), 3).get();
        session = engine.attach(builder.portfolio);
        UseCase b = allAt(new PortfolioBuilder().useCase("B"), 5).get();
        builder.portfolio.getUseCases().add(0, b);
        assertEquals(List.of(b, a), useCases(session.current().ranking()));
        assertEquals(List.of(b, a), useCases(session.current().all()));
        builder.portfolio.getUseCases().remove(b);
        assertEquals(List.of(a), useCases(session.current().ranking()));
        // the removed use case is no longer watched
        b.getScores().get(0).setValue(1);
        assertEquals(List.of(a), useCases(session.current().all()));
    }

    @Test
    void aConfigurationChangeRescoresEverything() {
        PortfolioBuilder builder = new PortfolioBuilder();
        allAt(builder.useCase("A"), 4);
        UseCase b = allAt(builder.useCase("B"), 4).score("compliance-risk", 5).get();
        session = engine.attach(builder.portfolio);
        assertEquals(Standing.RANKED, session.current().find(b).orElseThrow().standing());

        builder.gate("compliance-risk", GateOperator.AT_LEAST, 4.5, GateEffect.BLOCK, "too risky");
        // median of 4 and 5 = 4.5: blocked
        assertEquals(Standing.BLOCKED, session.current().find(b).orElseThrow().standing());
        builder.portfolio.getScoring().getGates().get(0).setEnabled(false);
        assertEquals(Standing.RANKED, session.current().find(b).orElseThrow().standing());
        builder.weight("brand-impact", 4);
        assertEquals(4, session.current().parameters().criterion("brand-impact").orElseThrow().weight());
        assertSameAsFullRecompute(builder);
    }

    @Test
    void aDisposedSessionStopsFollowingTheModel() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase a = allAt(builder.useCase("A"), 4).get();
        session = engine.attach(builder.portfolio);
        ScoringResult last = session.current();
        session.dispose();
        a.getScores().get(0).setValue(1);
        assertSame(last, session.current());
        assertTrue(a.eAdapters().isEmpty());
        assertTrue(a.getScores().get(0).eAdapters().isEmpty());
        assertTrue(builder.portfolio.eAdapters().isEmpty());
    }

    @Test
    void incrementalResultsEqualAFullRecomputeAfterRandomEdits() {
        Random random = new Random(20_260_326L);
        PortfolioBuilder builder = new PortfolioBuilder();
        for (int i = 0; i < 120; i++) {
            randomUseCase(builder.useCase("U" + i % 40), random);
        }
        builder.gate("compliance-risk", GateOperator.AT_LEAST, 5, GateEffect.BLOCK, "too risky");
        session = engine.attach(builder.portfolio);
        session.addListener(received::add);
        assertSameAsFullRecompute(builder);
        for (int step = 0; step < 600; step++) {
            edit(builder, random);
            assertSameAsFullRecompute(builder);
        }
        assertTrue(received.size() > 300, "most edits change the scoring: " + received.size());
    }

    private void edit(PortfolioBuilder builder, Random random) {
        List<UseCase> useCases = builder.portfolio.getUseCases();
        UseCase useCase = useCases.get(random.nextInt(useCases.size()));
        int kind = random.nextInt(100);
        if (kind < 45 && !useCase.getScores().isEmpty()) {
            useCase.getScores().get(random.nextInt(useCase.getScores().size())).setValue(1 + random.nextInt(5));
        } else if (kind < 55) {
            new PortfolioBuilder.UseCaseBuilder(useCase).score(IDS.get(random.nextInt(IDS.size())),
                    1 + random.nextInt(5), "late", random.nextBoolean() ? Confidence.LOW : Confidence.HIGH);
        } else if (kind < 63 && !useCase.getScores().isEmpty()) {
            useCase.getScores().remove(random.nextInt(useCase.getScores().size()));
        } else if (kind < 68 && !useCase.getScores().isEmpty()) {
            Score score = useCase.getScores().get(random.nextInt(useCase.getScores().size()));
            score.setConfidence(score.getConfidence() == Confidence.LOW ? Confidence.HIGH : Confidence.LOW);
        } else if (kind < 73) {
            useCase.setStatus(useCase.getStatus() == UseCaseStatus.REJECTED ? UseCaseStatus.IDEA : UseCaseStatus.REJECTED);
        } else if (kind < 78) {
            useCase.setName("R" + random.nextInt(30));
        } else if (kind < 84) {
            UseCase added = randomUseCase(new PortfolioBuilder().useCase("N" + step(random)), random).get();
            useCases.add(random.nextInt(useCases.size() + 1), added);
        } else if (kind < 89 && useCases.size() > 20) {
            useCases.remove(random.nextInt(useCases.size()));
        } else if (kind < 92) {
            useCase.setBusinessCase(null);
            new PortfolioBuilder.UseCaseBuilder(useCase).businessCase(random.nextInt(2_000_000), 0);
        } else if (kind < 96) {
            builder.weight(IDS.get(random.nextInt(IDS.size())), random.nextInt(5));
        } else {
            builder.portfolio.getScoring().setImpactThreshold(30 + random.nextInt(40));
        }
    }

    private static int step(Random random) {
        return random.nextInt(1000);
    }

    private static PortfolioBuilder.UseCaseBuilder randomUseCase(PortfolioBuilder.UseCaseBuilder useCase, Random random) {
        for (String id : IDS) {
            int assessors = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
            for (int a = 0; a < assessors; a++) {
                useCase.score(id, 1 + random.nextInt(5), "assessor " + a,
                        random.nextInt(4) == 0 ? Confidence.LOW : Confidence.MEDIUM);
            }
        }
        if (random.nextBoolean()) {
            useCase.businessCase(random.nextInt(2_000_000), random.nextInt(500_000));
        }
        if (random.nextInt(3) == 0) {
            useCase.external();
        }
        return useCase;
    }

    private void assertSameAsFullRecompute(PortfolioBuilder builder) {
        ScoringResult incremental = session.current();
        ScoringResult full = engine.score(builder.portfolio);
        assertNotSame(full, incremental);
        assertEquals(full.all(), incremental.all());
        assertEquals(full.ranking(), incremental.ranking());
        assertEquals(full.parameters(), incremental.parameters());
        assertEquals(full.unknownCriteria(), incremental.unknownCriteria());
    }

    private static PortfolioBuilder.UseCaseBuilder allAt(PortfolioBuilder.UseCaseBuilder useCase, double value) {
        for (String id : IDS) {
            useCase.score(id, value);
        }
        return useCase;
    }

    private static List<UseCase> useCases(List<UseCaseScore> scores) {
        return scores.stream().map(UseCaseScore::useCase).toList();
    }
}
