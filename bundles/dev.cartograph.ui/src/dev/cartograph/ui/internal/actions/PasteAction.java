// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.Messages;

/**
 * Pastes the clipboard into (or next to) the selected element, keeping the references that can
 * be kept, and tells the user which could not.
 */
final class PasteAction extends ModelAction {

    PasteAction(PortfolioEditor editor) {
        super(editor, Messages.EditActions_paste);
        setId(ActionFactory.PASTE.getId());
        setActionDefinitionId("org.eclipse.ui.edit.paste"); //$NON-NLS-1$
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
    }

    @Override
    boolean canRun(List<EObject> elements) {
        return PasteCommandBuilder.canPaste(ModelClipboard.getDefault(), target(elements));
    }

    private PasteCommandBuilder builder() {
        return new PasteCommandBuilder(editor().getEditingDomain(), editor().getAdapterFactory());
    }

    private EObject target(List<EObject> elements) {
        return elements.size() == 1 ? elements.get(0) : editor().getPortfolio();
    }

    @Override
    void runOnModel(List<EObject> elements) {
        PasteCommandBuilder.Paste paste = builder().build(ModelClipboard.getDefault(), target(elements));
        if (!paste.command().canExecute()) {
            return;
        }
        editor().getEditingDomain().getCommandStack().execute(paste.command());
        editor().showElements(paste.pasted());
        if (!paste.dropped().isEmpty()) {
            editor().getPrompts().pasteDropped(paste.dropped());
        }
    }

    @Override
    void runOnText(Text text) {
        text.paste();
    }
}
