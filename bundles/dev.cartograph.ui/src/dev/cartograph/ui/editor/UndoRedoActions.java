// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.cartograph.ui.internal.Messages;

/**
 * The workbench's Undo and Redo (Edit menu, tool bar, Ctrl+Z / Ctrl+Y) for a part that edits a
 * portfolio: the editor itself, or a view that follows it (Ranking, matrix, Sensitivity,
 * Properties, Outline, maps). They act on the command stack of the portfolio edited, are enabled
 * when it can undo or redo, and are labelled with the command they would undo or redo ("Undo
 * Set Score"), in every part alike.
 */
public final class UndoRedoActions {

    private final IActionBars bars;
    private final StackAction undo = new StackAction(true);
    private final StackAction redo = new StackAction(false);
    private final CommandStackListener listener = event -> updateLater();
    private CommandStack commandStack;
    private boolean updatePending;

    /**
     * Installs Undo and Redo as the global action handlers of a part's action bars; they act on
     * nothing until {@link #bind(CommandStack)}.
     *
     * @param bars the action bars of the part (or page) that edits a portfolio
     */
    public UndoRedoActions(IActionBars bars) {
        this.bars = bars;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        update();
        bars.updateActionBars();
    }

    /**
     * Makes Undo and Redo act on a command stack.
     *
     * @param stack the command stack of the portfolio the part edits, or {@code null} for none
     */
    public void bind(CommandStack stack) {
        if (stack == commandStack) {
            return;
        }
        if (commandStack != null) {
            commandStack.removeCommandStackListener(listener);
        }
        commandStack = stack;
        if (commandStack != null) {
            commandStack.addCommandStackListener(listener);
        }
        update();
    }

    /** @return the Undo action (for tests and menus) */
    public Action undoAction() {
        return undo;
    }

    /** @return the Redo action */
    public Action redoAction() {
        return redo;
    }

    /** Stops following the command stack. */
    public void dispose() {
        bind(null);
    }

    private void updateLater() {
        Display display = Display.getCurrent();
        if (display != null) {
            update();
        } else if (!updatePending) {
            updatePending = true;
            Display.getDefault().asyncExec(() -> {
                updatePending = false;
                update();
            });
        }
    }

    private void update() {
        undo.update();
        redo.update();
    }

    /** Undoes or redoes on the bound command stack. */
    private final class StackAction extends Action {
        private final boolean isUndo;

        StackAction(boolean isUndo) {
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
            CommandStack stack = commandStack;
            if (stack != null) {
                if (isUndo) {
                    stack.undo();
                } else {
                    stack.redo();
                }
            }
        }
    }
}
