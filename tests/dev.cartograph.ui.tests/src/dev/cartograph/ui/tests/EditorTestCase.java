// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A test in the product's workbench, with a project of its own. The product opens its sample on
 * first launch; the tests wait for that to be over, so that it does not take the focus from
 * them, and close every editor before and after each test.
 */
abstract class EditorTestCase {

    private static boolean firstLaunchOver;

    protected IProject project;

    @BeforeAll
    static void letFirstLaunchFinish() {
        if (!firstLaunchOver) {
            Ui.waitFor(() -> ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0
                    && Ui.page().getEditorReferences().length > 0);
            firstLaunchOver = true;
        }
        Ui.page().closeAllEditors(false);
        Ui.flush();
    }

    @BeforeEach
    void createProject(TestInfo test) throws CoreException {
        project = Portfolios.project(test.getTestClass().orElseThrow().getSimpleName() + "-"
                + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeEditorsAndDeleteProject() throws CoreException {
        Ui.page().closeAllEditors(false);
        Ui.flush();
        project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
    }
}
