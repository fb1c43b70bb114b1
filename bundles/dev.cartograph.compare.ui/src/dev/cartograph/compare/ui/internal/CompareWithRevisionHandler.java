// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.cartograph.model.persistence.ModelLoadException;

/**
 * <i>Compare With &gt; Revision...</i>: picks one of the commits that changed the selected portfolio (JGit, in
 * whatever repository the project lies) and shows the semantic diff of the file at that commit against the file.
 */
public final class CompareWithRevisionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        List<IFile> files = CompareEachOtherHandler.files(HandlerUtil.getCurrentSelection(event));
        if (files.size() != 1 || files.get(0).getLocation() == null) {
            return null;
        }
        IFile file = files.get(0);
        File onDisk = file.getLocation().toFile();
        try (GitHistory history = GitHistory.of(onDisk)) {
            if (history == null) {
                MessageDialog.openInformation(window.getShell(), Messages.Revision_title,
                        NLS.bind(Messages.Revision_noRepository, file.getName()));
                return null;
            }
            List<GitHistory.Revision> revisions = history.revisions();
            if (revisions.isEmpty()) {
                MessageDialog.openInformation(window.getShell(), Messages.Revision_title,
                        NLS.bind(Messages.Revision_noHistory, file.getName()));
                return null;
            }
            ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider());
            dialog.setTitle(Messages.Revision_title);
            dialog.setMessage(NLS.bind(Messages.Revision_message, file.getName()));
            dialog.setElements(revisions.toArray());
            dialog.setMultipleSelection(false);
            if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
                return null;
            }
            compare(window, file, history, (GitHistory.Revision) dialog.getFirstResult());
        } catch (IOException e) {
            MessageDialog.openError(window.getShell(), Messages.Revision_title,
                    NLS.bind(Messages.Compare_failed, e.getMessage()));
        }
        return null;
    }

    /** Compares the file at a revision with the file, and shows the result. */
    static void compare(IWorkbenchWindow window, IFile file, GitHistory history, GitHistory.Revision revision)
            throws IOException {
        try {
            var before = Comparisons.load(file, history.content(revision));
            var comparison = Comparisons.compare(before, Comparisons.load(file));
            Comparisons.show(window.getActivePage(), NLS.bind(Messages.Revision_label,
                    file.getName() + " @ " + revision.id().abbreviate(7).name(), file.getName()), comparison, file); //$NON-NLS-1$
        } catch (ModelLoadException | PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.Revision_title,
                    NLS.bind(Messages.Compare_failed, e.getMessage()));
        }
    }
}
