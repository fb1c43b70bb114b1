// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.roadmap.Placement;
import dev.cartograph.scoring.roadmap.PlanTier;
import dev.cartograph.scoring.roadmap.RoadmapPlanner;
import dev.cartograph.scoring.roadmap.RoadmapProposal;
import dev.cartograph.scoring.roadmap.Unplanned;
import dev.cartograph.scoring.roadmap.WavePlan;

/**
 * Roadmap proposals. Criteria i (impact) and f (feasibility) on 0-100, weights 1, thresholds 50,
 * so overall = (i + f) / 2:
 * <pre>
 * use case  scope     i   f  overall  quadrant       rank
 * EQ1       external  95  91   93     quick win        1
 * IQ1       internal  90  80   85     quick win        2
 * IQ2       internal  70  60   65     quick win        3
 * FI1       internal  30  90   60     fill-in          4
 * IS1       internal  80  30   55     strategic bet    5
 * ES1       external  85  21   53     strategic bet    6
 * DR1       internal  20  20   20     drop             7
 * </pre>
 */
class RoadmapPlannerTest {

    private final ScoringEngine engine = TestCriteria.engine(TestCriteria.percentImpact("i"),
            TestCriteria.percentFeasibility("f"));
    private Locale saved;
    private PortfolioBuilder builder;
    private UseCase eq1;
    private UseCase iq1;
    private UseCase iq2;
    private UseCase fi1;
    private UseCase is1;
    private UseCase es1;
    private UseCase dr1;

    @BeforeEach
    void setUp() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        builder = new PortfolioBuilder();
        dr1 = builder.useCase("DR1").score("i", 20).score("f", 20).get();
        es1 = builder.useCase("ES1").score("i", 85).score("f", 21).external().get();
        is1 = builder.useCase("IS1").score("i", 80).score("f", 30).get();
        fi1 = builder.useCase("FI1").score("i", 30).score("f", 90).get();
        iq2 = builder.useCase("IQ2").score("i", 70).score("f", 60).get();
        iq1 = builder.useCase("IQ1").score("i", 90).score("f", 80).get();
        eq1 = builder.useCase("EQ1").score("i", 95).score("f", 91).external().get();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void internalQuickWinsComeFirstThenExternalQuickWinsAndInternalBetsThenExternalBets() {
        builder.waves(2, 2, 2);
        RoadmapProposal proposal = propose();
        // EQ1 ranks first but is external: the internal quick wins take wave 1
        assertEquals(List.of(List.of(iq1, iq2), List.of(eq1, is1), List.of(es1, fi1)), waves(proposal));
        assertEquals(Map.of(
                iq1, "internal quick win, overall 85",
                iq2, "internal quick win, overall 65",
                eq1, "external quick win, overall 93; customer-facing work starts after wave 1 (start inside)",
                is1, "internal strategic bet, overall 55; wave 1 full (capacity 2)",
                es1, "external strategic bet, overall 53; customer-facing work starts after wave 1 (start inside); "
                        + "wave 2 full (capacity 2)",
                fi1, "fill-in, overall 60; wave 1 full (capacity 2); wave 2 full (capacity 2)"), reasons(proposal));
        assertEquals(PlanTier.EXTERNAL_QUICK_WIN, proposal.placementOf(eq1).orElseThrow().tier());
        assertEquals(List.of("W1", "W2", "W3"), proposal.waves().stream().map(WavePlan::name).toList());
        assertEquals(Map.of(dr1, "drop quadrant (low impact, low feasibility), overall 20"), unplanned(proposal));
    }

    @Test
    void aWaveOnlyTakesWhatItsIntentIsFor() {
        builder.waves(5, 5, 5);
        // wave 1: internal quick wins; wave 2: quick wins; wave 3: anything
        builder.portfolio.getRoadmap().getWaves().get(0).getIntendedScopes().add(dev.cartograph.model.Scope.INTERNAL);
        builder.portfolio.getRoadmap().getWaves().get(0).getIntendedQuadrants().add(dev.cartograph.model.QuadrantKind.QUICK_WIN);
        builder.portfolio.getRoadmap().getWaves().get(1).getIntendedQuadrants().add(dev.cartograph.model.QuadrantKind.QUICK_WIN);
        RoadmapProposal proposal = propose();
        // without intents IS1 and FI1 would fill wave 1: the strategic bets and the fill-in go to wave 3
        assertEquals(List.of(List.of(iq1, iq2), List.of(eq1), List.of(is1, es1, fi1)), waves(proposal));
        assertEquals("internal strategic bet, overall 55; not for wave 1, 2 (its intent excludes it)",
                reasons(proposal).get(is1));
    }

    @Test
    void whenNoWaveIsForAUseCaseItIsLeftOutSayingSo() {
        builder.waves(5, 5);
        for (dev.cartograph.model.Wave wave : builder.portfolio.getRoadmap().getWaves()) {
            wave.getIntendedQuadrants().add(dev.cartograph.model.QuadrantKind.QUICK_WIN);
        }
        RoadmapProposal proposal = propose();
        assertEquals("no wave from 1 on is for it (their intents exclude it)", unplanned(proposal).get(is1));
    }

    @Test
    void aPilotAlreadyInAWaveIsKeptThereAndNeverProposedAgain() {
        builder.waves(2, 2, 2);
        new PortfolioBuilder.UseCaseBuilder(iq1).status(dev.cartograph.model.UseCaseStatus.PILOT);
        iq1.setWave(builder.portfolio.getRoadmap().getWaves().get(1));
        RoadmapProposal proposal = propose();
        assertEquals("in pilot in wave 2: kept there, it takes one of its places", unplanned(proposal).get(iq1));
        // wave 2 has one place left besides the pilot
        assertEquals(1, waves(proposal).get(1).size());
        assertTrue(waves(proposal).stream().noneMatch(w -> w.contains(iq1)));
    }

    @Test
    void fillInsOnlyTakeLeftoverCapacity() {
        builder.waves(2, 2, 1);
        RoadmapProposal proposal = propose();
        assertEquals(List.of(List.of(iq1, iq2), List.of(eq1, is1), List.of(es1)), waves(proposal));
        assertEquals("no room left in wave 1 or later", unplanned(proposal).get(fi1));
    }

    @Test
    void aUseCaseNeverLandsBeforeWhatItDependsOn() {
        builder.waves(2, 2, 2);
        new PortfolioBuilder.UseCaseBuilder(iq1).dependsOn(is1);
        RoadmapProposal proposal = propose();
        // IQ2 takes wave 1; EQ1, external, starts in wave 2; IS1 completes wave 1; IQ1, waiting for
        // IS1, comes right after, in wave 2; ES1 and FI1 find room in wave 3 only
        assertEquals(List.of(List.of(iq2, is1), List.of(eq1, iq1), List.of(es1, fi1)), waves(proposal));
        assertEquals("internal quick win, overall 85; after its dependency IS1 in wave 1", reasons(proposal).get(iq1));
    }

    @Test
    void theFirstWaveIsKeptForInternalUseCasesEvenWithRoomLeft() {
        builder.waves(5, 5);
        RoadmapProposal proposal = propose();
        // wave 1 has room for EQ1 and ES1, but they are customer-facing: practice 1 keeps them for wave 2
        assertEquals(List.of(List.of(iq1, iq2, is1, fi1), List.of(eq1, es1)), waves(proposal));
    }

    @Test
    void withASingleWaveExternalUseCasesArePlannedInIt() {
        builder.waves(9);
        assertEquals(List.of(List.of(iq1, iq2, eq1, is1, es1, fi1)), waves(propose()));
    }

    @Test
    void aUseCaseWhoseDependencyIsNotPlannedIsNotPlannedEither() {
        builder.waves(3, 3, 3);
        new PortfolioBuilder.UseCaseBuilder(iq2).dependsOn(dr1);
        new PortfolioBuilder.UseCaseBuilder(eq1).dependsOn(iq2);
        new PortfolioBuilder.UseCaseBuilder(is1).dependsOn(es1);
        new PortfolioBuilder.UseCaseBuilder(es1).dependsOn(is1);
        UseCase done = builder.useCase("Done").score("i", 10).score("f", 10).status(UseCaseStatus.DEPLOYED).get();
        new PortfolioBuilder.UseCaseBuilder(fi1).dependsOn(done);
        RoadmapProposal proposal = propose();
        Map<UseCase, String> unplanned = unplanned(proposal);
        assertEquals("depends on DR1, which is not planned", unplanned.get(iq2));
        assertEquals("depends on IQ2, which is not planned", unplanned.get(eq1));
        assertEquals("its dependencies form a cycle", unplanned.get(is1));
        assertEquals("its dependencies form a cycle", unplanned.get(es1));
        assertEquals("already deployed", unplanned.get(done));
        // a deployed dependency is no constraint
        assertEquals(List.of(List.of(iq1, fi1), List.of(), List.of()), waves(proposal));
    }

    @Test
    void aDeployedUseCaseTakesItsPlaceInTheWaveThatDeliveredIt() {
        builder.waves(2, 2, 9);
        UseCase done = builder.useCase("Done").score("i", 90).score("f", 90).status(UseCaseStatus.DEPLOYED).get();
        done.setWave(builder.portfolio.getRoadmap().getWaves().get(0));
        RoadmapProposal proposal = propose();

        // wave 1 has room for one more: IQ1; IQ2 and IS1 move to wave 2 (external work waits for it)
        assertEquals(List.of(List.of(iq1), List.of(iq2, eq1), List.of(is1, es1, fi1)), waves(proposal));
        assertEquals("already deployed, in wave 1: it takes one of its places", unplanned(proposal).get(done));
        assertEquals(2, proposal.waves().get(0).capacity(), "the wave's capacity is the model's");
        assertEquals(List.of(1, 0, 0), proposal.waves().stream().map(WavePlan::delivered).toList());
        Placement iq2Placement = proposal.placementOf(iq2).orElseThrow();
        assertEquals("internal quick win, overall 65; wave 1 full (capacity 2)", iq2Placement.reason());
    }

    @Test
    void withoutRoadmapTheQuickWinsAndBetsAreSharedBetweenDefaultWaves() {
        RoadmapProposal proposal = propose();
        // five quick wins and strategic bets over three waves: capacity ceil(5/3) = 2
        assertEquals(List.of("Wave 1", "Wave 2", "Wave 3"), proposal.waves().stream().map(WavePlan::name).toList());
        assertEquals(List.of(2, 2, 2), proposal.waves().stream().map(WavePlan::capacity).toList());
        assertTrue(proposal.waves().stream().allMatch(w -> w.modelWave().isEmpty()));
        assertEquals(List.of(List.of(iq1, iq2), List.of(eq1, is1), List.of(es1, fi1)), waves(proposal));
    }

    @Test
    void gatedRejectedAndIncompleteUseCasesAreNotPlanned() {
        builder.gate("f", GateOperator.AT_MOST, 21, GateEffect.BLOCK, "cannot be delivered");
        builder.gate("i", GateOperator.AT_MOST, 30, GateEffect.NOT_READY, "sponsor missing");
        new PortfolioBuilder.UseCaseBuilder(iq2).rejected("out of budget");
        UseCase incomplete = builder.useCase("Half").score("i", 90).get();
        Map<UseCase, String> unplanned = unplanned(propose());
        assertEquals("blocked: f is 21, at most 21: cannot be delivered", unplanned.get(es1));
        assertEquals("not ready: i is 30, at most 30: sponsor missing", unplanned.get(fi1));
        assertEquals("rejected: out of budget", unplanned.get(iq2));
        assertEquals("incomplete: missing f", unplanned.get(incomplete));
    }

    @Test
    void applyingTheProposalIsOneUndoableCommand() {
        EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new BasicCommandStack());
        RoadmapProposal proposal = propose();
        Command command = proposal.toCommand(domain);
        assertTrue(command.canExecute());
        domain.getCommandStack().execute(command);

        assertEquals(List.of("Wave 1", "Wave 2", "Wave 3"),
                builder.portfolio.getRoadmap().getWaves().stream().map(Wave::getName).toList());
        Wave first = builder.portfolio.getRoadmap().getWaves().get(0);
        assertEquals(List.of(iq1, iq2), first.getUseCases());
        assertEquals(2, first.getCapacity());
        assertSame(builder.portfolio.getRoadmap().getWaves().get(2), fi1.getWave());
        assertNull(dr1.getWave());

        domain.getCommandStack().undo();
        assertNull(builder.portfolio.getRoadmap());
        assertTrue(builder.portfolio.getUseCases().stream().allMatch(u -> u.getWave() == null));

        domain.getCommandStack().redo();
        assertSame(first, iq1.getWave());
        assertSame(first, builder.portfolio.getRoadmap().getWaves().get(0));
    }

    @Test
    void applyingTheProposalToAnExistingRoadmapMovesAndClearsAssignmentsUndoably() {
        builder.waves(2, 2, 2);
        List<Wave> waves = builder.portfolio.getRoadmap().getWaves();
        dr1.setWave(waves.get(0));
        iq1.setWave(waves.get(2));
        EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new BasicCommandStack());
        domain.getCommandStack().execute(propose().toCommand(domain));
        assertNull(dr1.getWave());
        assertSame(waves.get(0), iq1.getWave());
        assertEquals(3, waves.size());

        domain.getCommandStack().undo();
        assertSame(waves.get(0), dr1.getWave());
        assertSame(waves.get(2), iq1.getWave());
        assertNull(eq1.getWave());
    }

    private RoadmapProposal propose() {
        return RoadmapPlanner.propose(engine.score(builder.portfolio));
    }

    private static List<List<UseCase>> waves(RoadmapProposal proposal) {
        return proposal.waves().stream()
                .map(w -> w.placements().stream().map(p -> p.useCase().useCase()).toList()).toList();
    }

    private static Map<UseCase, String> reasons(RoadmapProposal proposal) {
        return proposal.waves().stream().flatMap(w -> w.placements().stream())
                .collect(Collectors.toMap(p -> p.useCase().useCase(), Placement::reason));
    }

    private static Map<UseCase, String> unplanned(RoadmapProposal proposal) {
        return proposal.unplanned().stream().collect(Collectors.toMap(u -> u.useCase().useCase(), Unplanned::reason));
    }
}
