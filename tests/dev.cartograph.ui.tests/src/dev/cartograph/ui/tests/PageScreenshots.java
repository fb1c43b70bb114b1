// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.CriteriaPage;
import dev.cartograph.ui.internal.pages.InventoryPage;
import dev.cartograph.ui.internal.pages.UseCasesPage;

/**
 * Not a test (its name does not match): saves screenshots of the Criteria and Use Cases pages on
 * the sample, at 1600x1000, for developers to look at, when run on demand with
 * {@code -Dtest=PageScreenshots "-Dtycho.surefire.vmargs=-Xmx2g -Dcartograph.screenshots=FOLDER"}.
 */
class PageScreenshots extends EditorTestCase {

    @Test
    void saveTheCriteriaAndUseCasesPages() throws Exception {
        String folder = System.getProperty("cartograph.screenshots"); //$NON-NLS-1$
        if (folder == null || folder.isBlank()) {
            return;
        }
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1600, 1000);
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        editor.setActivePage(CriteriaPage.ID);
        Ui.flush();
        save(shell, Path.of(folder, "criteria.png"));
        UseCasesPage useCases = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        UseCase storm = editor.getPortfolio().getUseCases().stream()
                .filter(u -> "Storm surge call deflection".equals(u.getName())).findFirst().orElseThrow(); //$NON-NLS-1$
        useCases.getViewer().setSelection(new StructuredSelection(storm), true);
        Ui.flush();
        save(shell, Path.of(folder, "use-cases.png"));
        editor.setActivePage(InventoryPage.ID);
        Ui.flush();
        save(shell, Path.of(folder, "inventory.png"));
        Ui.page().closeAllEditors(false);
    }

    static void save(Shell shell, Path file) throws Exception {
        shell.redraw();
        shell.update();
        Ui.flush();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
