// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.tests.support.SamplePortfolio;

/** The sample maps real workflows: volumes, steps that flow into each other, and the pain employees feel there. */
class SampleWorkflowsTest {

    private static final Portfolio PORTFOLIO = SamplePortfolio.build();

    @Test
    void coversTheThreeCategoriesWithAConsistentScope() {
        List<Workflow> workflows = PORTFOLIO.getWorkflows();
        assertTrue(workflows.size() >= 6);
        Set<WorkflowCategory> categories = EnumSet.noneOf(WorkflowCategory.class);
        for (Workflow workflow : workflows) {
            categories.add(workflow.getCategory());
            Scope expected = workflow.getCategory() == WorkflowCategory.CUSTOMER_FACING ? Scope.EXTERNAL
                    : Scope.INTERNAL;
            assertEquals(expected, workflow.getScope(), workflow.getName());
        }
        assertEquals(EnumSet.allOf(WorkflowCategory.class), categories);
        assertTrue(count(WorkflowCategory.HIGH_VOLUME_REPETITIVE) >= 2);
        assertTrue(count(WorkflowCategory.LONG_TAIL) >= 2);
        assertTrue(count(WorkflowCategory.CUSTOMER_FACING) >= 2);
    }

    @Test
    void everyWorkflowHasAnOwnerAndAVolume() {
        for (Workflow workflow : PORTFOLIO.getWorkflows()) {
            assertFalse(workflow.getOwningUnit().isBlank(), workflow.getName());
            assertTrue(workflow.isSetVolume() && workflow.getVolume() > 0, workflow.getName());
            assertNotNull(workflow.getPeriod(), workflow.getName());
        }
    }

    @Test
    void invoiceProcessingHandles180000InvoicesAYear() {
        Workflow invoices = PORTFOLIO.getWorkflows().stream()
                .filter(workflow -> workflow.getName().equals("Supplier and garage invoice processing"))
                .findFirst().orElseThrow();
        assertEquals(180_000, invoices.getVolume() * 12);
    }

    @Test
    void everyStepIsMeasured() {
        for (Workflow workflow : PORTFOLIO.getWorkflows()) {
            assertTrue(workflow.getSteps().size() >= 3, workflow.getName());
            for (WorkflowStep step : workflow.getSteps()) {
                String where = workflow.getName() + " / " + step.getName();
                assertFalse(step.getActor().isBlank(), where);
                assertTrue(step.isSetManualEffort() && step.getManualEffort() >= 0, where);
                assertTrue(step.isSetVolume() && step.getVolume() > 0, where);
                assertTrue(step.getVolume() <= workflow.getVolume(), where);
                assertTrue(step.isSetErrorRate() && step.getErrorRate() >= 0 && step.getErrorRate() <= 1, where);
            }
        }
    }

    @Test
    void stepsFormAFlowFromOneStartThatReachesEveryStep() {
        for (Workflow workflow : PORTFOLIO.getWorkflows()) {
            List<WorkflowStep> starts = workflow.getSteps().stream()
                    .filter(step -> step.getPredecessors().isEmpty()).toList();
            assertEquals(1, starts.size(), workflow.getName());
            Set<WorkflowStep> reached = new HashSet<>();
            Deque<WorkflowStep> toVisit = new ArrayDeque<>(starts);
            while (!toVisit.isEmpty()) {
                WorkflowStep step = toVisit.pop();
                if (reached.add(step)) {
                    assertTrue(workflow.getSteps().containsAll(step.getSuccessors()), step.getName());
                    toVisit.addAll(step.getSuccessors());
                }
            }
            assertEquals(new HashSet<>(workflow.getSteps()), reached, workflow.getName());
        }
    }

    @Test
    void flowsBranchAndMerge() {
        List<WorkflowStep> steps = PORTFOLIO.getWorkflows().stream()
                .flatMap(workflow -> workflow.getSteps().stream()).toList();
        assertTrue(steps.stream().filter(step -> step.getSuccessors().size() >= 2).count() >= 6);
        assertTrue(steps.stream().filter(step -> step.getPredecessors().size() >= 2).count() >= 6);
    }

    @Test
    void everyInternalWorkflowShowsEmployeePainAtItsSteps() {
        for (Workflow workflow : PORTFOLIO.getWorkflows()) {
            if (workflow.getScope() == Scope.INTERNAL) {
                assertTrue(workflow.getSteps().stream().anyMatch(step -> !step.getFrictions().isEmpty()),
                        workflow.getName());
            }
        }
    }

    private static long count(WorkflowCategory category) {
        return PORTFOLIO.getWorkflows().stream().filter(workflow -> workflow.getCategory() == category).count();
    }
}
