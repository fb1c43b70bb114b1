// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.cartograph.model.persistence.ModelLoadException;

/**
 * <i>Compare With &gt; Each Other</i>: the semantic diff of two selected portfolio files, the first selected as the
 * old version.
 */
public final class CompareEachOtherHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        List<IFile> files = files(HandlerUtil.getCurrentSelection(event));
        if (files.size() != 2) {
            MessageDialog.openInformation(window.getShell(), Messages.DiffView_title, Messages.Compare_needTwo);
            return null;
        }
        compare(window, files.get(0), files.get(1));
        return null;
    }

    /** Compares two files and shows the result; a file that cannot be read is said in a dialog. */
    static void compare(IWorkbenchWindow window, IFile older, IFile newer) {
        try {
            var comparison = Comparisons.compare(Comparisons.load(older), Comparisons.load(newer));
            Comparisons.show(window.getActivePage(),
                    NLS.bind(Messages.Revision_label, older.getFullPath().makeRelative(),
                            newer.getFullPath().makeRelative()),
                    comparison, newer);
        } catch (ModelLoadException | PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.DiffView_title,
                    NLS.bind(Messages.Compare_failed, e.getMessage()));
        }
    }

    static List<IFile> files(ISelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null) {
                    files.add(file);
                }
            }
        }
        return files;
    }
}
