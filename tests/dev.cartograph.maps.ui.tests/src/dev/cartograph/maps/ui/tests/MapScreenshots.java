// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.tests;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * Not a test (its name does not match): saves screenshots of the journey, workflow and portfolio
 * maps of the sample, with the workbench window at 1600x1000 and at 1366x768, and with the editor
 * maximised at 1600x1000, named after the map, the window size and the language, for the README and for developers to look at. Run on demand,
 * on a display of at least 1600x1000, once per language (the README's "Maps in the workbench" says how).
 */
class MapScreenshots {

    private static final int[][] SIZES = { { 1600, 1000 }, { 1366, 768 } };

    @Test
    void saveTheMapsOfTheSample() throws Exception {
        String folder = System.getProperty("cartograph.screenshots"); //$NON-NLS-1$
        if (folder == null || folder.isBlank()) {
            return;
        }
        String language = Locale.getDefault().getLanguage();
        MapsWorkbench.letFirstLaunchFinish();
        MapsWorkbench.page().closeAllEditors(false);
        IProject project = MapsWorkbench.project("maps-screenshots"); //$NON-NLS-1$
        try {
            PortfolioEditor editor = MapsWorkbench.open(MapsWorkbench.sample(project, "kestrel.cartograph")); //$NON-NLS-1$
            Portfolio portfolio = editor.getPortfolio();
            List<EObject> subjects = List.of(portfolio.getJourneys().get(0), named(portfolio, "Claims intake and triage"), //$NON-NLS-1$
                    portfolio);
            List<String> names = List.of("journey", "workflow", "portfolio"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            shell.setMaximized(false);
            for (int[] size : SIZES) {
                shell.setBounds(0, 0, size[0], size[1]);
                MapsWorkbench.settle();
                for (int i = 0; i < subjects.size(); i++) {
                    // Another map first, so that each opens (and fits) at this size.
                    editor.setActivePage("dev.cartograph.ui.editor.journeys"); //$NON-NLS-1$
                    MapsWorkbench.settle();
                    editor.open(subjects.get(i));
                    MapsWorkbench.settle();
                    MapsWorkbench.settle();
                    MapsWorkbench.screenshot("map-" + names.get(i) + "-" + size[0] + "x" + size[1] + "-" + language); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
            }
            // For the README: the editor maximised (double-click on its tab), at 1600x1000.
            shell.setBounds(0, 0, 1600, 1000);
            IWorkbenchPage page = MapsWorkbench.page();
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
            MapsWorkbench.settle();
            for (int i = 0; i < subjects.size(); i++) {
                editor.setActivePage("dev.cartograph.ui.editor.journeys"); //$NON-NLS-1$
                MapsWorkbench.settle();
                editor.open(subjects.get(i));
                MapsWorkbench.settle();
                MapsWorkbench.settle();
                MapsWorkbench.screenshot("map-" + names.get(i) + "-maximized-" + language); //$NON-NLS-1$ //$NON-NLS-2$
            }
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        } finally {
            MapsWorkbench.page().closeAllEditors(false);
            MapsWorkbench.settle();
            project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
        }
    }

    private static EObject named(Portfolio portfolio, String name) {
        return portfolio.getWorkflows().stream().filter(w -> name.equals(w.getName())).findFirst()
                .orElse(portfolio.getWorkflows().get(0));
    }
}
