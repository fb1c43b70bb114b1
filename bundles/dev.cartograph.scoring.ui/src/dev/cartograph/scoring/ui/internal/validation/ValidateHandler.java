// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * The Validate command: validates the portfolio of the active editor as it is in memory, or
 * the selected portfolio files (as open in an editor, else as saved), and shows the Problems view.
 */
public final class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        List<IFile> files = part instanceof PortfolioEditor ? List.of() : selectedFiles(HandlerUtil.getCurrentSelection(event));
        if (files.isEmpty() && HandlerUtil.getActiveEditor(event) instanceof PortfolioEditor editor) {
            validate(editor);
        }
        for (IFile file : files) {
            PortfolioEditor editor = page == null ? null : openEditor(page, file);
            if (editor != null) {
                validate(editor);
            } else {
                Validations.validateFile(file);
            }
        }
        if (page != null) {
            try {
                page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                // the Problems view is part of every Cartograph installation
            }
        }
        return null;
    }

    private static void validate(PortfolioEditor editor) {
        if (editor.getPortfolio() == null || editor.getFile() == null) {
            return;
        }
        Validations.validateNow(editor);
    }

    private static List<IFile> selectedFiles(ISelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && ValidateOnSave.EXTENSION.equals(file.getFileExtension())) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private static PortfolioEditor openEditor(IWorkbenchPage page, IFile file) {
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            if (editor instanceof PortfolioEditor portfolioEditor && file.equals(portfolioEditor.getFile())) {
                return portfolioEditor;
            }
        }
        return null;
    }
}
