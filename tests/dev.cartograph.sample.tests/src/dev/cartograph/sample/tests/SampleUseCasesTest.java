// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.tests.support.SamplePortfolio;

/** Every use case of the sample is anchored on real work, consistent in scope, and complete. */
class SampleUseCasesTest {

    private static final Portfolio PORTFOLIO = SamplePortfolio.build();

    @Test
    void holdsEnoughUseCasesOnBothSides() {
        List<UseCase> useCases = PORTFOLIO.getUseCases();
        assertTrue(useCases.size() >= 28, "use cases: " + useCases.size());
        assertTrue(countScope(Scope.INTERNAL) >= 10);
        assertTrue(countScope(Scope.EXTERNAL) >= 10);
        assertEquals(useCases.size(), useCases.stream().map(UseCase::getName).distinct().count());
    }

    @Test
    void everyUseCaseIsAnchoredOnAStepOrAStage() {
        for (UseCase useCase : PORTFOLIO.getUseCases()) {
            assertFalse(useCase.getSteps().isEmpty() && useCase.getStages().isEmpty(), useCase.getName());
        }
    }

    @Test
    void scopeMatchesWhatTheUseCaseIsAnchoredOn() {
        for (UseCase useCase : PORTFOLIO.getUseCases()) {
            if (useCase.getScope() == Scope.INTERNAL) {
                assertTrue(useCase.getStages().isEmpty(), useCase.getName());
                useCase.getSteps().forEach(step ->
                        assertEquals(Scope.INTERNAL, step.getWorkflow().getScope(), useCase.getName()));
            } else {
                assertEquals(Scope.EXTERNAL, useCase.getScope(), useCase.getName());
                useCase.getSteps().forEach(step ->
                        assertEquals(Scope.EXTERNAL, step.getWorkflow().getScope(), useCase.getName()));
            }
        }
    }

    @Test
    void everyUseCaseAddressesFrictionsWhereItIsAnchored() {
        for (UseCase useCase : PORTFOLIO.getUseCases()) {
            assertFalse(useCase.getFrictions().isEmpty(), useCase.getName());
            for (Friction friction : useCase.getFrictions()) {
                Object place = friction.eContainer();
                boolean anchored = place instanceof WorkflowStep step ? useCase.getSteps().contains(step)
                        : useCase.getStages().contains((JourneyStage) place);
                assertTrue(anchored, useCase.getName() + " / " + friction.getName());
                assertFalse(friction.isOutOfScope(), friction.getName());
            }
        }
    }

    @Test
    void statusesSpanTheWholeLifecycle() {
        Set<UseCaseStatus> statuses = PORTFOLIO.getUseCases().stream().map(UseCase::getStatus)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UseCaseStatus.class)));
        assertEquals(EnumSet.allOf(UseCaseStatus.class), statuses);
        long rejected = PORTFOLIO.getUseCases().stream()
                .filter(useCase -> useCase.getStatus() == UseCaseStatus.REJECTED).count();
        assertTrue(rejected >= 1 && rejected <= 2);
    }

    @Test
    void onlyRejectedUseCasesGiveARejectionReason() {
        for (UseCase useCase : PORTFOLIO.getUseCases()) {
            if (useCase.getStatus() == UseCaseStatus.REJECTED) {
                assertFalse(useCase.getRejectionReason().isBlank(), useCase.getName());
                assertNull(useCase.getWave(), useCase.getName());
            } else {
                assertNull(useCase.getRejectionReason(), useCase.getName());
            }
        }
    }

    @Test
    void everyUseCaseIsDescribedOwnedAndLinked() {
        for (UseCase useCase : PORTFOLIO.getUseCases()) {
            String name = useCase.getName();
            assertFalse(useCase.getDescription().isBlank(), name);
            assertNotNull(useCase.getAiPattern(), name);
            assertFalse(useCase.getSponsor().isBlank(), name);
            assertFalse(useCase.getOwner().isBlank(), name);
            assertFalse(useCase.getInitiatives().isEmpty(), name);
            assertFalse(useCase.getDataAssets().isEmpty(), name);
        }
        PORTFOLIO.getInitiatives().forEach(initiative ->
                assertFalse(initiative.getUseCases().isEmpty(), initiative.getName()));
        PORTFOLIO.getDataAssets().forEach(asset -> assertFalse(asset.getUsedBy().isEmpty(), asset.getName()));
    }

    @Test
    void someUseCasesBuildOnOthers() {
        List<UseCase> dependent = PORTFOLIO.getUseCases().stream()
                .filter(useCase -> !useCase.getDependsOn().isEmpty()).toList();
        assertTrue(dependent.size() >= 5);
        for (UseCase useCase : dependent) {
            assertFalse(useCase.getDependsOn().contains(useCase), useCase.getName());
        }
        UseCase winBack = useCase("Win-back of lapsed customers");
        assertEquals(List.of("Cancellation reason analysis", "Churn prediction and retention offers"),
                winBack.getDependsOn().stream().map(UseCase::getName).toList());
    }

    private static long countScope(Scope scope) {
        return PORTFOLIO.getUseCases().stream().filter(useCase -> useCase.getScope() == scope).count();
    }

    private static UseCase useCase(String name) {
        return PORTFOLIO.getUseCases().stream().filter(useCase -> useCase.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
