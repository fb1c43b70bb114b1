// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.WorkflowStep;
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
                edits.add(workflow, Literals.WORKFLOW__STEPS, getViewer(), WorkflowsPage::followOn);
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

    /**
     * A step added after another follows it: it takes over the other's successors, and becomes
     * its only successor, so that the workflow stays one flow.
     */
    private static Command followOn(EditingDomain domain, EObject after, EObject added) {
        WorkflowStep previous = (WorkflowStep) after;
        CompoundCommand link = new CompoundCommand();
        link.append(SetCommand.create(domain, added, Literals.WORKFLOW_STEP__SUCCESSORS,
                List.copyOf(previous.getSuccessors())));
        link.append(SetCommand.create(domain, previous, Literals.WORKFLOW_STEP__SUCCESSORS, List.of(added)));
        return link;
    }
}
