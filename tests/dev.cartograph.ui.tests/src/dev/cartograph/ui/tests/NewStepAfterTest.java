// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.pages.WorkflowsPage;

/**
 * New Step with a step selected adds the new step after it and links it as its successor (it
 * takes over the selected step's successors), in one undoable command: a workflow is a flow
 * from the start.
 */
class NewStepAfterTest extends EditorTestCase {

    @Test
    void aStepAddedAfterAnotherFollowsItAndUndoRemovesBoth() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        WorkflowStep selected = editor.getPortfolio().getWorkflows().stream().flatMap(w -> w.getSteps().stream())
                .filter(s -> !s.getSuccessors().isEmpty()).findFirst().orElseThrow();
        Workflow workflow = selected.getWorkflow();
        List<WorkflowStep> before = List.copyOf(workflow.getSteps());
        List<WorkflowStep> followers = List.copyOf(selected.getSuccessors());
        WorkflowsPage page = (WorkflowsPage) editor.setActivePage(WorkflowsPage.ID);
        page.getViewer().setSelection(new StructuredSelection(selected), true);
        Ui.flush();

        press(page, Messages.WorkflowsPage_newStep);

        assertEquals(before.size() + 1, workflow.getSteps().size());
        WorkflowStep added = workflow.getSteps().get(before.indexOf(selected) + 1);
        assertFalse(before.contains(added), "the new step comes right after the selected one");
        assertEquals(List.of(added), selected.getSuccessors(), "the selected step leads to the new one");
        assertEquals(followers, added.getSuccessors(), "the new step leads where the selected one led");
        assertEquals(List.of(selected), added.getPredecessors());

        Ui.run("org.eclipse.ui.edit.undo");

        assertEquals(before, workflow.getSteps(), "one Undo removes the step");
        assertEquals(followers, selected.getSuccessors(), "and restores the links");
        assertFalse(editor.isDirty());
    }

    @Test
    void aStepAddedWithTheWorkflowSelectedIsNotLinked() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        Workflow workflow = editor.getPortfolio().getWorkflows().get(0);
        WorkflowsPage page = (WorkflowsPage) editor.setActivePage(WorkflowsPage.ID);
        page.getViewer().setSelection(new StructuredSelection(workflow), true);
        Ui.flush();

        press(page, Messages.WorkflowsPage_newStep);

        WorkflowStep added = workflow.getSteps().get(workflow.getSteps().size() - 1);
        assertTrue(added.getSuccessors().isEmpty() && added.getPredecessors().isEmpty());
    }

    private static void press(WorkflowsPage page, String label) {
        Button button = buttons((Composite) page.getPartControl()).stream().filter(b -> label.equals(b.getText()))
                .findFirst().orElse(null);
        assertNotNull(button, "the page has a " + label + " button");
        button.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
    }

    private static List<Button> buttons(Composite parent) {
        List<Button> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button) {
                found.add(button);
            } else if (child instanceof Composite composite) {
                found.addAll(buttons(composite));
            }
        }
        return found;
    }

}
