// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.Action;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Messages;

/**
 * Adds a new use case, journey or workflow to the portfolio (undoable), shows it on its page
 * and puts the cursor in its name, ready to type.
 */
public final class NewElementAction extends Action {

    private final PortfolioEditor editor;
    private final EReference feature;

    private NewElementAction(PortfolioEditor editor, EReference feature, String text, String tooltip, String icon) {
        super(text, CartographImages.descriptor(icon));
        setToolTipText(tooltip);
        this.editor = editor;
        this.feature = feature;
    }

    /**
     * @param editor the editor
     * @return the action that adds a use case
     */
    public static NewElementAction useCase(PortfolioEditor editor) {
        return new NewElementAction(editor, CartographPackage.Literals.PORTFOLIO__USE_CASES, Messages.NewElement_useCase,
                Messages.NewElement_useCaseTooltip, CartographImages.USE_CASE);
    }

    /**
     * @param editor the editor
     * @return the action that adds a customer journey
     */
    public static NewElementAction journey(PortfolioEditor editor) {
        return new NewElementAction(editor, CartographPackage.Literals.PORTFOLIO__JOURNEYS, Messages.NewElement_journey,
                Messages.NewElement_journeyTooltip, CartographImages.JOURNEY);
    }

    /**
     * @param editor the editor
     * @return the action that adds a workflow
     */
    public static NewElementAction workflow(PortfolioEditor editor) {
        return new NewElementAction(editor, CartographPackage.Literals.PORTFOLIO__WORKFLOWS, Messages.NewElement_workflow,
                Messages.NewElement_workflowTooltip, CartographImages.WORKFLOW);
    }

    @Override
    public void run() {
        Portfolio portfolio = editor.getPortfolio();
        if (portfolio == null) {
            return;
        }
        EObject element = EcoreUtil.create(feature.getEReferenceType());
        Command add = AddCommand.create(editor.getEditingDomain(), portfolio, feature, element);
        editor.getEditingDomain().getCommandStack().execute(add);
        editor.showElements(List.of(element));
        editor.focusDetails();
    }
}
