// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.actions.NewElementAction;

/**
 * Connects the workbench's Undo and Redo to the command stack of the active portfolio editor,
 * with the label of the command that would be undone or redone, and the workbench's Cut, Copy,
 * Paste and Delete to the editor's edit actions; adds a Portfolio menu with the actions that
 * create use cases, journeys and workflows; and File &gt; Print to the active page, enabled on the
 * pages that print what they show (the maps).
 */
public class PortfolioEditorContributor extends EditorActionBarContributor {

    private final MenuManager portfolioMenu = new MenuManager(Messages.PortfolioEditorContributor_menu,
            "dev.cartograph.ui.menu.portfolio"); //$NON-NLS-1$
    private final NewAction newUseCase = new NewAction(NewElementAction::useCase);
    private final NewAction newJourney = new NewAction(NewElementAction::journey);
    private final NewAction newWorkflow = new NewAction(NewElementAction::workflow);
    private final Action print = new Action() {
        @Override
        public void run() {
            if (activeEditor != null) {
                activeEditor.print();
            }
        }
    };
    private UndoRedoActions undoRedo;
    private PortfolioEditor activeEditor;

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        undoRedo = new UndoRedoActions(bars);
        print.setActionDefinitionId(ActionFactory.PRINT.getCommandId());
        print.setEnabled(false);
        bars.setGlobalActionHandler(ActionFactory.PRINT.getId(), print);
    }

    @Override
    public void contributeToMenu(IMenuManager menuBar) {
        menuBar.insertAfter(IWorkbenchActionConstants.M_EDIT, portfolioMenu);
        portfolioMenu.add(newUseCase);
        portfolioMenu.add(newJourney);
        portfolioMenu.add(newWorkflow);
        portfolioMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        toolBar.add(new Separator("dev.cartograph.ui.new")); //$NON-NLS-1$
        toolBar.add(newUseCase);
        toolBar.add(newJourney);
        toolBar.add(newWorkflow);
    }

    @Override
    public void setActiveEditor(IEditorPart editor) {
        activeEditor = editor instanceof PortfolioEditor portfolioEditor ? portfolioEditor : null;
        EditingDomain domain = editor instanceof IEditingDomainProvider provider ? provider.getEditingDomain() : null;
        if (undoRedo != null) {
            undoRedo.bind(domain == null ? null : domain.getCommandStack());
        }
        if (editor instanceof PortfolioEditor portfolioEditor && portfolioEditor.getEditingActions() != null) {
            portfolioEditor.getEditingActions().install(getActionBars());
        }
        for (NewAction action : List.of(newUseCase, newJourney, newWorkflow)) {
            action.setEnabled(activeEditor != null && activeEditor.getPortfolio() != null);
        }
        activePageChanged(activeEditor);
    }

    /**
     * Enables File &gt; Print when the editor's active page prints what it shows.
     *
     * @param editor the editor whose page changed
     */
    void activePageChanged(PortfolioEditor editor) {
        // The handler is registered once (init); its enablement reaches File > Print by itself.
        if (editor == activeEditor) {
            print.setEnabled(editor != null && editor.canPrint());
        }
    }

    @Override
    public void dispose() {
        setActiveEditor(null);
        super.dispose();
    }

    /** Creates a use case, journey or workflow in the active editor. */
    private final class NewAction extends Action {
        private final Function<PortfolioEditor, NewElementAction> factory;

        NewAction(Function<PortfolioEditor, NewElementAction> factory) {
            this.factory = factory;
            NewElementAction template = factory.apply(null);
            setText(template.getText());
            setToolTipText(template.getToolTipText());
            setImageDescriptor(template.getImageDescriptor());
        }

        @Override
        public void run() {
            if (activeEditor != null) {
                factory.apply(activeEditor).run();
            }
        }
    }
}
