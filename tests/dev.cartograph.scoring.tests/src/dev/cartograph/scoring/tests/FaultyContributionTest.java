// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.Scores;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ScoringSession;
import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.ValueSource;
import dev.cartograph.scoring.WeightedSumStrategy;

/**
 * A contributed criterion or strategy that misbehaves costs only its own contribution: it is
 * reported with its contributor and every other criterion still scores.
 */
class FaultyContributionTest {

    private static final String BAD = "org.example.bad";

    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void aCriterionThatThrowsIsReported() {
        ScoringResult result = scoreWithComputed(u -> {
            throw new IllegalStateException("no connection");
        }, Duration.ofSeconds(5));
        assertFailure(result, "Criterion Bad failed on use case \"Computed\": IllegalStateException: no connection");
    }

    @Test
    void aCriterionReturningNotANumberIsReported() {
        ScoringResult result = scoreWithComputed(u -> OptionalDouble.of(Double.NaN), Duration.ofSeconds(5));
        assertFailure(result, "Criterion Bad returned NaN for use case \"Computed\", which is not a number");
    }

    @Test
    void aCriterionReturningAValueOutOfItsScaleIsReported() {
        ScoringResult result = scoreWithComputed(u -> OptionalDouble.of(7), Duration.ofSeconds(5));
        assertFailure(result, "Criterion Bad returned 7 for use case \"Computed\", outside its scale 1 to 5");
    }

    @Test
    void aSlowCriterionIsAbandonedReportedAndNotCalledAgain() {
        AtomicInteger calls = new AtomicInteger();
        Function<UseCase, OptionalDouble> slow = u -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return OptionalDouble.of(3);
        };
        PortfolioBuilder builder = portfolio();
        ScoringEngine engine = new ScoringEngine(registryWith(slow), new StrategyRegistry(), Duration.ofMillis(100));

        ScoringResult first = engine.score(builder.portfolio);
        assertFailure(first, "Criterion Bad did not answer within 100 ms for use case \"Computed\"; it is no longer called");
        assertEquals(1, calls.get());

        ScoringResult second = engine.score(builder.portfolio);
        assertEquals(1, calls.get());
        assertFailure(second, "Criterion Bad did not answer within 100 ms for use case \"Computed\"; it is no longer called");
    }

    @Test
    void aHealthyComputedCriterionStillWorksAlongsideAFailingOne() {
        Criterion good = Criterion.builder("good").label("Good").scale(Scale.of(1, 5)).contributor("org.example.good")
                .computedBy(u -> OptionalDouble.of(5)).build();
        Criterion bad = Criterion.builder("bad").label("Bad").scale(Scale.of(1, 5)).contributor(BAD)
                .computedBy(u -> {
                    throw new IllegalArgumentException();
                }).build();
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase useCase = builder.useCase("U").score("i", 1).get();
        ScoringResult result = new ScoringEngine(TestCriteria.registry(TestCriteria.impact("i"), good, bad),
                new StrategyRegistry()).score(builder.portfolio);
        UseCaseScore score = result.find(useCase).orElseThrow();
        assertEquals(ValueSource.COMPUTED, score.criterion("good").orElseThrow().source());
        assertEquals(100, score.criterion("good").orElseThrow().normalised(), 1e-9);
        assertEquals(List.of(new CriterionFailure("bad", BAD,
                "Criterion Bad failed on use case \"U\": IllegalArgumentException")), result.failures());
    }

    @Test
    void aStrategyThatThrowsIsReplacedByTheWeightedSum() {
        StrategyRegistry strategies = new StrategyRegistry();
        strategies.add(new BrokenStrategy(new Scores(Double.NaN, 0, 0)));
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.portfolio.getScoring().setStrategyId("broken");
        UseCase useCase = builder.useCase("U").score("i", 5).get();
        ScoringResult result = new ScoringEngine(TestCriteria.registry(TestCriteria.impact("i")), strategies)
                .score(builder.portfolio);
        assertEquals(WeightedSumStrategy.ID, result.strategy().id());
        assertEquals(100, result.find(useCase).orElseThrow().overall(), 1e-9);
        StrategyFailure failure = result.strategyFailure().orElseThrow();
        assertEquals("broken", failure.strategyId());
        assertEquals(BAD, failure.contributor());
        assertTrue(failure.message().startsWith("Scoring strategy broken returned invalid scores for use case \"U\""));
    }

    @Test
    void aStrategyThatThrowsInASessionIsReplacedByTheWeightedSumToo() {
        StrategyRegistry strategies = new StrategyRegistry();
        strategies.add(new PickyStrategy());
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.portfolio.getScoring().setStrategyId("picky");
        UseCase good = builder.useCase("Good").score("i", 5).get();
        ScoringEngine engine = new ScoringEngine(TestCriteria.registry(TestCriteria.impact("i")), strategies);
        ScoringSession session = engine.attach(builder.portfolio);
        // the picky strategy scores everything 42
        assertEquals(42, session.current().find(good).orElseThrow().overall(), 1e-9);
        assertTrue(session.current().strategyFailure().isEmpty());

        builder.useCase("Bad").score("i", 3);

        ScoringResult result = session.current();
        assertEquals(WeightedSumStrategy.ID, result.strategy().id());
        assertEquals(100, result.find(good).orElseThrow().overall(), 1e-9);
        assertEquals("Scoring strategy picky failed on use case \"Bad\": IllegalStateException: "
                + "cannot score Bad; the weighted sum is used instead", result.strategyFailure().orElseThrow().message());
        assertEquals(engine.score(builder.portfolio).all(), result.all());
        session.dispose();
    }

    @Test
    void theRegistryRefusesInvalidContributionsAndSaysWhy() {
        CriterionRegistry registry = new CriterionRegistry();
        assertTrue(registry.add(TestCriteria.impact("ok")));
        assertFalse(registry.add(Criterion.builder("ok").contributor(BAD).build()));
        assertFalse(registry.add(Criterion.builder("heavy").defaultWeight(-1).contributor(BAD).build()));
        assertFalse(registry.add(Criterion.builder(" ").contributor(BAD).build()));
        assertFalse(registry.add(new ThrowingCriterion()));
        assertEquals(List.of(
                new CriterionFailure("ok", BAD, "The id \"ok\" is already contributed by " + TestCriteria.CONTRIBUTOR),
                new CriterionFailure("heavy", BAD,
                        "Criterion heavy has an invalid default weight -1.0: it must be a number of at least 0"),
                new CriterionFailure("", BAD, "A contribution has no id"),
                new CriterionFailure("throwing", BAD, "Criterion throwing failed when read: UnsupportedOperationException: no scale")),
                registry.failures());
        assertEquals(List.of("ok"), registry.criteria().stream().map(Criterion::id).toList());
    }

    private static void assertFailure(ScoringResult result, String message) {
        assertEquals(List.of(new CriterionFailure("bad", BAD, message)), result.failures());
        UseCaseScore computed = result.all().get(0);
        UseCaseScore assessed = result.all().get(1);
        // the failing criterion is missing on the use case that needed it, flagged, and named
        CriterionScore bad = computed.criterion("bad").orElseThrow();
        assertEquals(ValueSource.MISSING, bad.source());
        assertEquals(Set.of(ScoreFlag.COMPUTE_FAILED), bad.flags());
        assertEquals(Standing.INCOMPLETE, computed.standing());
        assertEquals(message, computed.failures().get(0).message());
        // its other criteria still score: i = 4 -> 75
        assertEquals(75, computed.criterion("i").orElseThrow().normalised(), 1e-9);
        // where an assessor scored the criterion, it is not computed and the use case ranks:
        // (i 100 + bad 50) / 2 = 75
        assertEquals(Standing.RANKED, assessed.standing());
        assertEquals(75, assessed.overall(), 1e-9);
    }

    private static ScoringResult scoreWithComputed(Function<UseCase, OptionalDouble> computer, Duration budget) {
        return new ScoringEngine(registryWith(computer), new StrategyRegistry(), budget).score(portfolio().portfolio);
    }

    private static PortfolioBuilder portfolio() {
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.useCase("Computed").score("i", 4);
        builder.useCase("Assessed").score("i", 5).score("bad", 3);
        return builder;
    }

    private static CriterionRegistry registryWith(Function<UseCase, OptionalDouble> computer) {
        return TestCriteria.registry(TestCriteria.impact("i"), Criterion.builder("bad").label("Bad")
                .scale(Scale.of(1, 5)).side(Side.FEASIBILITY).direction(Direction.BENEFIT).contributor(BAD)
                .computedBy(computer).build());
    }

    /** A strategy that returns fixed, invalid scores. */
    private record BrokenStrategy(Scores scores) implements ScoringStrategy {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String label() {
            return "Broken";
        }

        @Override
        public String contributor() {
            return BAD;
        }

        @Override
        public Scores evaluate(List<CriterionScore> criteria) {
            return scores;
        }
    }

    /** Scores every use case 42, and throws on a use case named Bad. */
    private static final class PickyStrategy implements ScoringStrategy {
        @Override
        public String id() {
            return "picky";
        }

        @Override
        public String label() {
            return "Picky";
        }

        @Override
        public String contributor() {
            return BAD;
        }

        @Override
        public Scores evaluate(List<CriterionScore> criteria) {
            // the strategy does not see the use case; it recognises Bad by its value 3 on i
            if (criteria.get(0).value() == 3) {
                throw new IllegalStateException("cannot score Bad");
            }
            return new Scores(42, 42, 42);
        }
    }

    /** A criterion whose scale cannot be read. */
    private static final class ThrowingCriterion implements Criterion {
        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public String label() {
            return "Throwing";
        }

        @Override
        public String description() {
            return "";
        }

        @Override
        public String question() {
            return "";
        }

        @Override
        public Scale scale() {
            throw new UnsupportedOperationException("no scale");
        }

        @Override
        public Side side() {
            return Side.IMPACT;
        }

        @Override
        public Direction direction() {
            return Direction.BENEFIT;
        }

        @Override
        public double defaultWeight() {
            return 1;
        }

        @Override
        public String contributor() {
            return BAD;
        }
    }
}
