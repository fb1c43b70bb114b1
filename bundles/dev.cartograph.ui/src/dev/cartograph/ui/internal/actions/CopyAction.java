// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.cartograph.model.Portfolio;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.Messages;

/** Copies the selected elements, with what they contain and what they refer to, to the clipboard. */
final class CopyAction extends ModelAction {

    private final Runnable clipboardChanged;

    CopyAction(PortfolioEditor editor, Runnable clipboardChanged) {
        super(editor, Messages.EditActions_copy);
        this.clipboardChanged = clipboardChanged;
        setId(ActionFactory.COPY.getId());
        setActionDefinitionId("org.eclipse.ui.edit.copy"); //$NON-NLS-1$
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
    }

    @Override
    boolean canRun(List<EObject> elements) {
        return !elements.isEmpty() && elements.stream().noneMatch(Portfolio.class::isInstance);
    }

    @Override
    void runOnModel(List<EObject> elements) {
        ModelClipboard.getDefault().copy(elements);
        clipboardChanged.run();
    }

    @Override
    void runOnText(Text text) {
        text.copy();
    }
}
