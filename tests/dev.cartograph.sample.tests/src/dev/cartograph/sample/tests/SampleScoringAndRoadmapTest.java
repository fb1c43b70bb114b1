// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.Aggregation;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.tests.support.SamplePortfolio;

/** The sample's grid settings and its roadmap, which starts inside the company. */
class SampleScoringAndRoadmapTest {

    private static final Portfolio PORTFOLIO = SamplePortfolio.build();

    @Test
    void scoringUsesTheWeightedSumWithMedianAggregation() {
        ScoringConfiguration scoring = PORTFOLIO.getScoring();
        assertEquals("weighted-sum", scoring.getStrategyId());
        assertEquals(50, scoring.getImpactThreshold());
        assertEquals(50, scoring.getFeasibilityThreshold());
        assertEquals(Aggregation.MEDIAN, scoring.getAggregation());
        assertEquals(25, scoring.getDisagreementThreshold());
    }

    @Test
    void everyDefaultCriterionIsEnabledWithItsWeight() {
        Map<String, Double> weights = PORTFOLIO.getScoring().getCriteria().stream()
                .peek(setting -> assertTrue(setting.isEnabled() && setting.isSetWeight(), setting.getCriterionId()))
                .collect(Collectors.toMap(CriterionSetting::getCriterionId, CriterionSetting::getWeight));
        assertEquals(Map.of("strategic-value", 3.0, "financial-potential", 3.0, "customer-experience", 2.0,
                "data-process-maturity", 2.0, "technical-complexity", 2.0, "compliance-risk", 2.0,
                "brand-impact", 1.0, "initiative-alignment", 1.0), weights);
    }

    @Test
    void gatesBlockUnacceptableRiskAndHoldBackImmatureData() {
        List<Gate> gates = PORTFOLIO.getScoring().getGates();
        assertEquals(2, gates.size());
        assertGate(gates.get(0), "compliance-risk", GateOperator.AT_LEAST, 5, GateEffect.BLOCK);
        assertGate(gates.get(1), "data-process-maturity", GateOperator.AT_MOST, 1, GateEffect.NOT_READY);
    }

    @Test
    void threeWavesFollowEachOther() {
        List<Wave> waves = PORTFOLIO.getRoadmap().getWaves();
        assertEquals(3, waves.size());
        for (int i = 0; i < waves.size(); i++) {
            Wave wave = waves.get(i);
            assertTrue(wave.getStart().isBefore(wave.getEnd()), wave.getName());
            assertFalse(wave.getTheme().isBlank(), wave.getName());
            assertFalse(wave.getUseCases().isEmpty(), wave.getName());
            assertTrue(wave.getUseCases().size() <= wave.getCapacity(), wave.getName());
            if (i > 0) {
                assertEquals(waves.get(i - 1).getEnd().plusDays(1), wave.getStart(), wave.getName());
            }
        }
    }

    @Test
    void waveOneIsMadeOfInternalQuickWins() {
        Wave first = PORTFOLIO.getRoadmap().getWaves().get(0);
        for (UseCase useCase : first.getUseCases()) {
            assertEquals(Scope.INTERNAL, useCase.getScope(), useCase.getName());
            assertTrue(Grid.feasibility(useCase) >= PORTFOLIO.getScoring().getFeasibilityThreshold(),
                    useCase.getName());
        }
    }

    @Test
    void waveTwoMixesScopesAndWaveThreeIsExternal() {
        List<Wave> waves = PORTFOLIO.getRoadmap().getWaves();
        assertEquals(2, waves.get(1).getUseCases().stream().map(UseCase::getScope).distinct().count());
        waves.get(2).getUseCases().forEach(useCase ->
                assertEquals(Scope.EXTERNAL, useCase.getScope(), useCase.getName()));
    }

    @Test
    void ideasAndRejectedUseCasesAreNotPlanned() {
        for (UseCase useCase : PORTFOLIO.getUseCases()) {
            if (useCase.getStatus() == UseCaseStatus.IDEA || useCase.getStatus() == UseCaseStatus.REJECTED) {
                assertNull(useCase.getWave(), useCase.getName());
            }
        }
        assertNotEquals(0, PORTFOLIO.getUseCases().stream().filter(useCase -> useCase.getWave() == null).count());
    }

    private static void assertGate(Gate gate, String criterionId, GateOperator operator, double value,
            GateEffect effect) {
        assertEquals(criterionId, gate.getCriterionId());
        assertEquals(operator, gate.getOperator());
        assertEquals(value, gate.getValue());
        assertEquals(effect, gate.getEffect());
        assertTrue(gate.isEnabled());
        assertFalse(gate.getReason().isBlank());
    }
}
