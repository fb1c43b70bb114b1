// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/** Portfolio files in a test project of the workspace, and editors on them. */
final class Portfolios {

    private Portfolios() {
    }

    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    /** Writes the sample portfolio (a fresh build of it) to a file of the project. */
    static IFile sample(IProject project, String fileName) throws IOException, CoreException {
        return write(project, fileName, SamplePortfolio.build());
    }

    /** Writes a portfolio to a file of the project, as Cartograph saves it. */
    static IFile write(IProject project, String fileName, Portfolio portfolio) throws IOException, CoreException {
        IFile file = project.getFile(fileName);
        save(file.getLocation().toPath(), portfolio);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    static void save(Path path, Portfolio portfolio) throws IOException {
        Resource resource = ModelPersistence.createResourceSet().createResource(URI.createFileURI(path.toString()));
        resource.getContents().add(portfolio);
        ModelPersistence.save(resource);
    }

    /** @return a portfolio with a name and nothing else */
    static Portfolio blank(String name) {
        Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
        portfolio.setName(name);
        return portfolio;
    }

    /** Reads a file as a new model, independent of any editor. */
    static Portfolio read(IFile file) throws IOException {
        Resource resource = ModelPersistence.load(ModelPersistence.createResourceSet(),
                URI.createFileURI(file.getLocation().toOSString()));
        return (Portfolio) resource.getContents().get(0);
    }

    /** Opens a file in the portfolio editor, as a double-click in the Project Explorer does. */
    static PortfolioEditor open(IFile file) throws PartInitException {
        PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(Ui.page(), file, PortfolioEditor.ID, true);
        assertNotNull(editor.getPortfolio(), "the portfolio was read");
        Ui.flush();
        return editor;
    }
}
