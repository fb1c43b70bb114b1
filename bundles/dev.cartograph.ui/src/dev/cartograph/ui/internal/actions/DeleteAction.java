// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.Messages;

/**
 * Deletes the selected elements and every reference to them (a deleted step disappears from
 * the use cases anchored on it), as one undoable command.
 */
final class DeleteAction extends ModelAction {

    DeleteAction(PortfolioEditor editor) {
        super(editor, Messages.EditActions_delete);
        setId(ActionFactory.DELETE.getId());
        setActionDefinitionId("org.eclipse.ui.edit.delete"); //$NON-NLS-1$
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        setDisabledImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE_DISABLED));
    }

    @Override
    boolean canRun(List<EObject> elements) {
        return !elements.isEmpty() && command(elements).canExecute();
    }

    private Command command(List<EObject> elements) {
        return DeleteCommand.create(editor().getEditingDomain(), elements);
    }

    @Override
    void runOnModel(List<EObject> elements) {
        editor().getEditingDomain().getCommandStack().execute(command(elements));
    }

    @Override
    void runOnText(Text text) {
        if (text.getSelectionCount() == 0) {
            int caret = text.getCaretPosition();
            if (caret >= text.getCharCount()) {
                return;
            }
            text.setSelection(caret, caret + 1);
        }
        text.insert(""); //$NON-NLS-1$
    }
}
