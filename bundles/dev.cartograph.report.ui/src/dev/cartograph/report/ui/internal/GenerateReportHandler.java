// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import dev.cartograph.model.Portfolio;
import dev.cartograph.ui.editor.IPortfolioEditorSite;

/**
 * Generate Portfolio Report...: the report of the portfolio of the selected element, of the
 * selected {@code .cartograph} file (opened in its editor first, so that unsaved changes count),
 * or of the active portfolio editor.
 */
public final class GenerateReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        Portfolio portfolio = null;
        String name = null;
        if (first instanceof EObject element && EcoreUtil.getRootContainer(element) instanceof Portfolio root) {
            portfolio = root;
        } else if (Adapters.adapt(first, IFile.class) instanceof IFile file) {
            name = file.getName();
            IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
            try {
                portfolio = portfolioOf(IDE.openEditor(page, file, true));
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        } else {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            name = editor == null ? null : editor.getTitle();
            portfolio = portfolioOf(editor);
        }
        if (portfolio == null) {
            if (name != null) {
                MessageDialog.openError(HandlerUtil.getActiveShellChecked(event), Messages.Handler_noPortfolioTitle,
                        NLS.bind(Messages.Handler_noPortfolio, name));
            }
            return null;
        }
        ReportLauncher.launch(HandlerUtil.getActiveShellChecked(event), portfolio, null);
        return null;
    }

    private static Portfolio portfolioOf(IEditorPart editor) {
        IPortfolioEditorSite site = editor == null ? null : Adapters.adapt(editor, IPortfolioEditorSite.class);
        return site == null ? null : site.getPortfolio();
    }
}
