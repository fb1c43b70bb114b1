// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * On the very first launch in a workspace, puts the sample portfolio into the workspace and
 * opens it, so that a new user sees a complete example at once. Later launches leave the
 * workspace alone (a deleted sample stays deleted). Portfolio files named on the command line
 * ({@code ./cartograph FILE.cartograph}) are opened instead of the sample, on any launch. At each
 * launch it also takes the IDE's leftovers out of the menus ({@link IdeLeftovers}).
 */
public class FirstLaunch implements IStartup {

    @Override
    public void earlyStartup() {
        Milestones.start();
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> IdeLeftovers.install(PlatformUI.getWorkbench()));
        List<Path> named = CommandLinePortfolios.in(Platform.getApplicationArgs());
        SampleProject sample = new SampleProject();
        if (sample.isInstalledBefore()) {
            if (!named.isEmpty()) {
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> openNamed(named));
            }
            return;
        }
        Job job = Job.create(Messages.FirstLaunch_installingSample, (IProgressMonitor monitor) -> {
            try {
                IFile file = sample.install(monitor);
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> openFirst(file, named));
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return e.getStatus();
            }
        });
        job.setUser(false);
        job.schedule();
    }

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        return window == null || window.getActivePage() == null ? null : window;
    }

    /** The portfolios named on the command line, on a later launch. */
    private static void openNamed(List<Path> named) {
        IWorkbenchWindow window = window();
        if (window != null) {
            CommandLinePortfolios.open(window.getActivePage(), named);
        }
    }

    /** The first launch: the sample, or the portfolios named on the command line instead. */
    private static void openFirst(IFile file, List<Path> named) {
        IWorkbenchWindow window = window();
        if (window == null) {
            return;
        }
        // The perspective has seven parts, which the platform's first window size (about 1000 x 740)
        // squeezes: the first time, the workbench takes the screen (the whole work area, for window
        // managers that ignore a request to maximise). Later launches restore the size the user
        // left it at.
        Shell shell = window.getShell();
        shell.setBounds(shell.getMonitor().getClientArea());
        shell.setMaximized(true);
        IWorkbenchPage page = window.getActivePage();
        if (!named.isEmpty()) {
            CommandLinePortfolios.open(page, named);
            return;
        }
        try {
            IDE.openEditor(page, file, true);
        } catch (PartInitException e) {
            ILog.of(FirstLaunch.class).log(new Status(IStatus.ERROR, SampleProject.BUNDLE_ID,
                    Messages.FirstLaunch_openFailed, e));
        }
    }
}
