// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

import dev.cartograph.ui.internal.Messages;

/**
 * Connects the workbench's Undo and Redo to the command stack of the active portfolio editor,
 * with the label of the command that would be undone or redone, and the workbench's Cut, Copy,
 * Paste and Delete to the editor's edit actions.
 */
public class PortfolioEditorContributor extends EditorActionBarContributor {

    private final CommandAction undo = new CommandAction(true);
    private final CommandAction redo = new CommandAction(false);
    private CommandStack commandStack;
    private final CommandStackListener listener = event -> update();

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void setActiveEditor(IEditorPart editor) {
        if (commandStack != null) {
            commandStack.removeCommandStackListener(listener);
        }
        EditingDomain domain = editor instanceof IEditingDomainProvider provider ? provider.getEditingDomain() : null;
        commandStack = domain == null ? null : domain.getCommandStack();
        if (commandStack != null) {
            commandStack.addCommandStackListener(listener);
        }
        if (editor instanceof PortfolioEditor portfolioEditor && portfolioEditor.getEditingActions() != null) {
            portfolioEditor.getEditingActions().install(getActionBars());
        }
        update();
    }

    private void update() {
        undo.update();
        redo.update();
    }

    @Override
    public void dispose() {
        setActiveEditor(null);
        super.dispose();
    }

    /** Undoes or redoes on the active command stack. */
    private final class CommandAction extends Action {
        private final boolean isUndo;

        CommandAction(boolean isUndo) {
            this.isUndo = isUndo;
        }

        void update() {
            CommandStack stack = commandStack;
            Command command = stack == null ? null : isUndo ? stack.getUndoCommand() : stack.getRedoCommand();
            setEnabled(stack != null && (isUndo ? stack.canUndo() : stack.canRedo()));
            String label = command == null || command.getLabel() == null ? "" : command.getLabel(); //$NON-NLS-1$
            setText(Messages.bind(isUndo ? Messages.PortfolioEditorContributor_undo
                    : Messages.PortfolioEditorContributor_redo, label).strip());
        }

        @Override
        public void run() {
            if (commandStack != null) {
                if (isUndo) {
                    commandStack.undo();
                } else {
                    commandStack.redo();
                }
            }
        }
    }
}
