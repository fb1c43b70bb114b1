// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;

/**
 * Asks how to make a report of a portfolio or of one of its use cases, copies the model as it is
 * now and hands the copy to a {@link ReportJob}.
 */
final class ReportLauncher {

    private static final int MAX_FILE_NAME = 80;

    private ReportLauncher() {
    }

    /**
     * @param shell the parent of the dialog
     * @param portfolio the portfolio as the editor holds it
     * @param useCase the use case whose one-pager is wanted, or {@code null} for the portfolio report
     * @return the job, scheduled, or {@code null} if the user cancelled the dialog
     */
    static ReportJob launch(Shell shell, Portfolio portfolio, UseCase useCase) {
        boolean whole = useCase == null;
        String subject = whole ? portfolio.getName() : useCase.getName();
        Path folder = folderOf(portfolio.eResource());
        String base = whole ? baseName(portfolio.eResource(), portfolio.getName()) + "-report" //$NON-NLS-1$
                : fileName(useCase.getName(), "business-case"); //$NON-NLS-1$
        List<String> waves = portfolio.getRoadmap() == null ? List.of()
                : portfolio.getRoadmap().getWaves().stream().map(Wave::getName).filter(n -> n != null && !n.isBlank())
                        .distinct().toList();
        ReportDialog dialog = new ReportDialog(shell, whole, subject == null ? "" : subject, //$NON-NLS-1$
                folder.resolve(base + ".pdf"), waves, settings()); //$NON-NLS-1$
        if (dialog.open() != Window.OK || dialog.choices() == null) {
            return null;
        }
        ReportJob job = new ReportJob(ModelSnapshot.of(portfolio, useCase), dialog.choices(),
                new ReportOutcome(shell.getDisplay()));
        job.schedule();
        return job;
    }

    private static IDialogSettings settings() {
        return PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ReportLauncher.class)).getDialogSettings();
    }

    /** @return the folder of the portfolio's file, else the user's home */
    static Path folderOf(Resource resource) {
        URI uri = resource == null ? null : resource.getURI();
        if (uri != null && uri.isPlatformResource()) {
            IResource file = ResourcesPlugin.getWorkspace().getRoot().findMember(uri.toPlatformString(true));
            if (file != null && file.getLocation() != null) {
                return file.getLocation().toFile().toPath().getParent();
            }
        }
        if (uri != null && uri.isFile()) {
            Path parent = Path.of(uri.toFileString()).toAbsolutePath().getParent();
            if (parent != null) {
                return parent;
            }
        }
        return Path.of(System.getProperty("user.home")); //$NON-NLS-1$
    }

    private static String baseName(Resource resource, String fallback) {
        URI uri = resource == null ? null : resource.getURI();
        if (uri != null && uri.lastSegment() != null) {
            String name = URI.decode(uri.trimFileExtension().lastSegment());
            return fileName(name, "portfolio"); //$NON-NLS-1$
        }
        return fileName(fallback, "portfolio"); //$NON-NLS-1$
    }

    /** @return a name that every file system takes: letters, digits, spaces, dots, dashes */
    static String fileName(String name, String fallback) {
        String cleaned = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ._-]+", "-").replaceAll("-{2,}", "-") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .strip();
        while (cleaned.startsWith(".") || cleaned.startsWith("-")) { //$NON-NLS-1$ //$NON-NLS-2$
            cleaned = cleaned.substring(1).strip();
        }
        if (cleaned.length() > MAX_FILE_NAME) {
            cleaned = cleaned.substring(0, MAX_FILE_NAME).strip();
        }
        return cleaned.isEmpty() ? fallback : cleaned;
    }
}
