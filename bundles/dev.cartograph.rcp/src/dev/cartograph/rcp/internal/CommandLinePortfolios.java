// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The portfolio files named on the command line ({@code ./cartograph FILE.cartograph}), which the
 * workbench opens when it starts. The launcher passes them as application arguments, with
 * absolute paths.
 */
public final class CommandLinePortfolios {

    private static final String EXTENSION = ".cartograph"; //$NON-NLS-1$

    private CommandLinePortfolios() {
    }

    /**
     * @param args the application's arguments
     * @return the existing {@code .cartograph} files they name, in their order
     */
    public static List<Path> in(String[] args) {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.endsWith(EXTENSION) && !arg.startsWith("-")) { //$NON-NLS-1$
                Path file = Path.of(arg).toAbsolutePath().normalize();
                if (Files.isRegularFile(file) && !files.contains(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /**
     * Opens each file in the portfolio editor, the last one active: as the workspace's file when it
     * lies in a project of the workspace (so that validation shows its markers), else the file
     * itself. A file that cannot be opened is reported, and the others are still opened.
     *
     * @param page where to open them
     * @param files the files
     * @return the editors opened
     */
    public static List<IEditorPart> open(IWorkbenchPage page, List<Path> files) {
        List<IEditorPart> editors = new ArrayList<>();
        for (Path file : files) {
            IFileStore store = EFS.getLocalFileSystem().getStore(file.toUri());
            try {
                editors.add(IDE.openEditorOnFileStore(page, store));
            } catch (PartInitException e) {
                StatusManager.getManager().handle(new Status(IStatus.ERROR, SampleProject.BUNDLE_ID,
                        NLS.bind(Messages.CommandLinePortfolios_openFailed, file), e),
                        StatusManager.SHOW | StatusManager.LOG);
            }
        }
        return editors;
    }
}
