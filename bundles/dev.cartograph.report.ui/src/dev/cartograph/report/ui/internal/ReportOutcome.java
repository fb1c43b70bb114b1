// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Tells the user, on the UI thread, what came of a report: written (with the offer to open it,
 * or its folder), or not, with the reason (a broken template names its file and line). The
 * workspace is refreshed where the file landed, so that it shows in the Project Explorer.
 */
class ReportOutcome {

    /** The buttons of the question asked once the report is written. */
    static final int OPEN = 0;
    static final int OPEN_FOLDER = 1;

    private final Display display;

    ReportOutcome(Display display) {
        this.display = display;
    }

    /** May be called from any thread. */
    void written(ReportChoices choices, int onePagers) {
        display.asyncExec(() -> {
            refresh(choices.output());
            String file = choices.output().toString();
            String message = onePagers == 0 ? NLS.bind(Messages.ReportOutcome_doneSummaryOnly, file)
                    : NLS.bind(Messages.ReportOutcome_done, file, onePagers);
            MessageDialog dialog = new MessageDialog(shell(), Messages.ReportOutcome_doneTitle, null, message,
                    MessageDialog.INFORMATION, OPEN, Messages.ReportOutcome_open, Messages.ReportOutcome_openFolder,
                    Messages.ReportOutcome_close);
            int answer = dialog.open();
            if (answer == OPEN) {
                launch(choices.output());
            } else if (answer == OPEN_FOLDER) {
                launch(choices.output().toAbsolutePath().getParent());
            }
        });
    }

    /** May be called from any thread. */
    void failed(ReportChoices choices, String reason) {
        display.asyncExec(() -> MessageDialog.openError(shell(), Messages.ReportOutcome_failedTitle,
                NLS.bind(Messages.ReportOutcome_failed, choices.output(), reason)));
    }

    /** Opens a file or folder with the program the desktop gives it; says so when there is none. */
    void launch(Path path) {
        if (!Program.launch(path.toString())) {
            MessageDialog.openInformation(shell(), Messages.ReportOutcome_doneTitle,
                    NLS.bind(Messages.ReportOutcome_noViewer, path));
        }
    }

    private Shell shell() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window == null ? display.getActiveShell() : window.getShell();
    }

    private static void refresh(Path output) {
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        IContainer container = ResourcesPlugin.getWorkspace().getRoot()
                .getContainerForLocation(IPath.fromOSString(folder.toString()));
        if (container != null && container.exists()) {
            try {
                container.refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                ILog.of(ReportOutcome.class).log(e.getStatus());
            }
        }
    }
}
