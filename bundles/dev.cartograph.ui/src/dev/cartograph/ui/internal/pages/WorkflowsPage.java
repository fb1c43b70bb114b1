// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.ModelMasterDetails;

/**
 * The workflows, internal and external: each workflow's steps in order, their successors, and
 * the frictions observed at each step, with their evidence.
 */
public final class WorkflowsPage extends ElementTreePage {

    /** The page id. */
    public static final String ID = "dev.cartograph.ui.editor.workflows"; //$NON-NLS-1$

    /** @param editor the editor */
    public WorkflowsPage(PortfolioEditor editor) {
        super(editor, ID, Messages.WorkflowsPage_title, CartographImages.WORKFLOW, Literals.PORTFOLIO__WORKFLOWS,
                List.of(Literals.WORKFLOW, Literals.WORKFLOW_STEP, Literals.FRICTION));
    }

    @Override
    String masterTitle() {
        return Messages.WorkflowsPage_master;
    }

    @Override
    String masterDescription() {
        return Messages.WorkflowsPage_masterDescription;
    }

    @Override
    void createButtons(Composite parent, FormToolkit toolkit) {
        ModelMasterDetails.button(parent, toolkit, Messages.WorkflowsPage_newWorkflow,
                () -> edits.add(editor().getPortfolio(), Literals.PORTFOLIO__WORKFLOWS, getViewer()));
        ModelMasterDetails.button(parent, toolkit, Messages.WorkflowsPage_newStep, () -> {
            EObject workflow = ModelEdits.selected(getViewer().getStructuredSelection(), Literals.WORKFLOW);
            if (workflow != null) {
                edits.add(workflow, Literals.WORKFLOW__STEPS, getViewer());
            }
        });
        ModelMasterDetails.button(parent, toolkit, Messages.WorkflowsPage_newFriction, () -> {
            EObject step = ModelEdits.selected(getViewer().getStructuredSelection(), Literals.WORKFLOW_STEP);
            if (step != null) {
                edits.add(step, Literals.WORKFLOW_STEP__FRICTIONS, getViewer());
            }
        });
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_delete, () -> edits.delete(getViewer()));
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_up, () -> edits.move(getViewer(), -1));
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_down, () -> edits.move(getViewer(), 1));
    }
}
