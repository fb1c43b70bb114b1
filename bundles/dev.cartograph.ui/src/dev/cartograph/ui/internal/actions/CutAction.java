// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.cartograph.model.Portfolio;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.Messages;

/**
 * Copies the selected elements to the clipboard, then deletes them (undoable; the clipboard
 * keeps the copy, so pasting back restores them, with their references where possible).
 */
final class CutAction extends ModelAction {

    private final Runnable clipboardChanged;

    CutAction(PortfolioEditor editor, Runnable clipboardChanged) {
        super(editor, Messages.EditActions_cut);
        this.clipboardChanged = clipboardChanged;
        setId(ActionFactory.CUT.getId());
        setActionDefinitionId("org.eclipse.ui.edit.cut"); //$NON-NLS-1$
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_CUT));
    }

    @Override
    boolean canRun(List<EObject> elements) {
        return !elements.isEmpty() && elements.stream().noneMatch(Portfolio.class::isInstance)
                && command(elements).canExecute();
    }

    private Command command(List<EObject> elements) {
        return DeleteCommand.create(editor().getEditingDomain(), elements);
    }

    @Override
    void runOnModel(List<EObject> elements) {
        ModelClipboard.getDefault().copy(elements);
        clipboardChanged.run();
        editor().getEditingDomain().getCommandStack()
                .execute(new CompoundCommand(Messages.EditActions_cutCommand, List.of(command(elements))));
    }

    @Override
    void runOnText(Text text) {
        text.cut();
    }
}
