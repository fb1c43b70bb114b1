// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.cartograph.ui.internal.wizards.NewPortfolioWizard;

/**
 * The Cartograph perspective: the workspace's models on the left, the portfolio editor in the
 * middle, outline, properties and problems around it.
 */
public class CartographPerspective implements IPerspectiveFactory {

    /** The perspective id, as declared in plugin.xml. */
    public static final String ID = "dev.cartograph.rcp.perspective"; //$NON-NLS-1$

    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.18f, editorArea); //$NON-NLS-1$
        left.addView(PROJECT_EXPLORER);
        IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.6f, "left"); //$NON-NLS-1$ //$NON-NLS-2$
        outline.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editorArea); //$NON-NLS-1$
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addNewWizardShortcut(NewPortfolioWizard.ID);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
    }
}
