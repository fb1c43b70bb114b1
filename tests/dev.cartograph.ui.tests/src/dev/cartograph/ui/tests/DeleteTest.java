// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.WorkflowsPage;

/** Deleting an element removes every reference to it, and Undo puts everything back. */
class DeleteTest extends EditorTestCase {

    @Test
    void deletingAStepUnanchorsItsUseCasesAndUndoRestoresThem() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        WorkflowStep step = editor.getPortfolio().getWorkflows().stream().flatMap(w -> w.getSteps().stream())
                .filter(s -> !s.getUseCases().isEmpty() && !s.getPredecessors().isEmpty()).findFirst().orElseThrow();
        Workflow workflow = step.getWorkflow();
        int index = workflow.getSteps().indexOf(step);
        List<UseCase> anchored = List.copyOf(step.getUseCases());
        List<WorkflowStep> predecessors = List.copyOf(step.getPredecessors());
        WorkflowsPage page = (WorkflowsPage) editor.setActivePage(WorkflowsPage.ID);
        page.getViewer().setSelection(new StructuredSelection(step), true);
        page.getViewer().getControl().setFocus();
        Ui.flush();

        Ui.run("org.eclipse.ui.edit.delete");

        assertFalse(workflow.getSteps().contains(step), "the step is gone from its workflow");
        for (UseCase useCase : anchored) {
            assertFalse(useCase.getSteps().contains(step), useCase.getName() + " is no longer anchored on the step");
        }
        for (WorkflowStep predecessor : predecessors) {
            assertFalse(predecessor.getSuccessors().contains(step), "no step leads to it any more");
        }
        assertTrue(editor.isDirty());

        Ui.run("org.eclipse.ui.edit.undo");

        assertSame(step, workflow.getSteps().get(index), "the step is back in its place");
        for (UseCase useCase : anchored) {
            assertTrue(useCase.getSteps().contains(step), useCase.getName() + " is anchored on it again");
        }
        for (WorkflowStep predecessor : predecessors) {
            assertTrue(predecessor.getSuccessors().contains(step));
        }
        assertEquals(anchored, step.getUseCases());
        assertFalse(editor.isDirty());
    }
}
