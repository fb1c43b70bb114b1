// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ui.internal.validation.Validations;
import dev.cartograph.ui.editor.PortfolioEditor;

/** The workbench as the tests drive it: portfolio files in a project, editors and views. */
public final class TestWorkbench {

    /** The project the tests write their portfolios into. */
    public static final String PROJECT = "views-tests"; //$NON-NLS-1$

    private static boolean firstLaunchSettled;

    private TestWorkbench() {
    }

    /** @return the active page */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * Lets the product's first launch (which opens the sample portfolio) finish, once, then
     * closes every editor without saving, so that each test starts from an empty editor area.
     */
    public static void reset() {
        if (!firstLaunchSettled) {
            UiWait.until(() -> page().getEditorReferences().length > 0 ? Boolean.TRUE : null, Duration.ofSeconds(45));
            firstLaunchSettled = true;
        }
        page().closeAllEditors(false);
        UiWait.settle();
    }

    /**
     * Writes a portfolio to a file of the tests' project.
     *
     * @param portfolio a portfolio in no resource
     * @param name the file's name
     * @return the workspace file
     */
    public static IFile write(Portfolio portfolio, String name) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        if (!project.isOpen()) {
            project.open(new NullProgressMonitor());
        }
        IFile file = project.getFile(name);
        Path path = project.getLocation().toFile().toPath().resolve(name);
        ModelPersistence.save(portfolio, path);
        file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
        return file;
    }

    /**
     * @param file a portfolio file
     * @return its editor, open and active
     */
    public static PortfolioEditor open(IFile file) throws PartInitException {
        PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(page(), file, true);
        UiWait.settle();
        return editor;
    }

    /**
     * @param id a view id
     * @return the view, shown
     */
    @SuppressWarnings("unchecked")
    public static <T extends IViewPart> T show(String id) throws PartInitException {
        T view = (T) page().showView(id);
        UiWait.settle();
        return view;
    }

    /** Waits until the validation jobs are done, dispatching UI events meanwhile. */
    public static void awaitValidation() {
        UiWait.until(() -> Job.getJobManager().find(Validations.FAMILY).length == 0);
        UiWait.settle();
    }
}
