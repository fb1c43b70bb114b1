// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import dev.cartograph.ui.editor.IPortfolioEditorSite;

/**
 * Open Map: the map of the selected journey or workflow (or of the one that contains the
 * selected element, which is then selected on it), or the portfolio map of a selected
 * {@code .cartograph} file, on the Maps page of its editor.
 */
public final class OpenMapHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (first instanceof EObject element) {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            IPortfolioEditorSite site = editor == null ? null : Adapters.adapt(editor, IPortfolioEditorSite.class);
            if (site != null) {
                open(site, element);
            }
            return null;
        }
        IFile file = Adapters.adapt(first, IFile.class);
        if (file != null && page != null) {
            try {
                IPortfolioEditorSite site = Adapters.adapt(IDE.openEditor(page, file, true), IPortfolioEditorSite.class);
                if (site != null && site.getPortfolio() != null) {
                    site.open(site.getPortfolio());
                }
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        return null;
    }

    /**
     * Opens the map of an element: its own if it has one, else the map of its nearest container
     * that has one, with the element selected.
     *
     * @param site the editor
     * @param element a model element of its portfolio
     * @return whether a map opened
     */
    static boolean open(IPortfolioEditorSite site, EObject element) {
        for (EObject container = element; container != null; container = container.eContainer()) {
            if (site.open(container)) {
                if (container != element) {
                    site.showElements(List.of(element));
                }
                return true;
            }
        }
        return false;
    }
}
