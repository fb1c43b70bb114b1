// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.cartograph.rcp.internal.CartographPerspective;
import dev.cartograph.rcp.internal.Messages;
import dev.cartograph.ui.editor.ModelTreePage;
import dev.cartograph.ui.editor.PortfolioEditor;

/** What a new user sees when Cartograph starts for the first time. */
class FirstLaunchTest {

    @Test
    void theWorkbenchOpensTheSamplePortfolio() {
        PortfolioEditor editor = UiWait.until(FirstLaunchTest::activePortfolioEditor, Duration.ofSeconds(60));
        assertNotNull(editor, "the sample portfolio was not opened on first launch");

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(Messages.SampleProject_name);
        assertTrue(project.exists(), "the sample project is in the workspace");
        assertEquals(project, editor.getFile().getProject());

        assertNotNull(editor.getPortfolio(), "the sample file was read");
        String name = editor.getPortfolio().getName();
        assertTrue(name.startsWith("Kestrel Mutual"), name);

        ModelTreePage page = (ModelTreePage) editor.setActivePage(ModelTreePage.ID);
        TreeItem[] roots = page.getViewer().getTree().getItems();
        assertEquals(1, roots.length);
        assertTrue(roots[0].getText().contains(name), roots[0].getText());
        assertTrue(roots[0].getItemCount() > 0, "the portfolio's content is shown");

        IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(CartographPerspective.ID, workbenchPage.getPerspective().getId());
        String title = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText();
        assertTrue(title.endsWith("Cartograph"), title); //$NON-NLS-1$
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        assertTrue(shell.getMaximized(), "the first time, the workbench takes the screen");
        Rectangle area = shell.getMonitor().getClientArea();
        assertEquals(area.width, shell.getBounds().width, "as wide as the screen, even without a window manager");
    }

    private static PortfolioEditor activePortfolioEditor() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        return editor instanceof PortfolioEditor portfolioEditor ? portfolioEditor : null;
    }
}
