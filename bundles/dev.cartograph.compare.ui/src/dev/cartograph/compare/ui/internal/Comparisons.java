// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.cartograph.compare.report.PortfolioComparison;
import dev.cartograph.model.persistence.CartographResourceFactory;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.service.ValidationServices;
import dev.cartograph.ui.scoring.WorkbenchScoring;

/**
 * Loads the versions to compare, each into its own resource set (read as defensively as a file opened in the
 * editor), compares them with the installed criteria and rules, and shows the result in the Portfolio Differences
 * view.
 */
final class Comparisons {

    private Comparisons() {
    }

    /**
     * @param file a portfolio file of the workspace
     * @return its model as saved
     * @throws ModelLoadException if it cannot be read
     */
    static Resource load(IFile file) throws ModelLoadException {
        return ModelPersistence.load(ModelPersistence.createResourceSet(),
                URI.createPlatformResourceURI(file.getFullPath().toString(), true));
    }

    /**
     * @param file the file the bytes are a version of
     * @param content the bytes, for example of the file at a git revision
     * @return the model
     * @throws IOException if they are not a portfolio
     */
    static Resource load(IFile file, byte[] content) throws IOException {
        ResourceSet resourceSet = ModelPersistence.createResourceSet();
        Resource resource = new CartographResourceFactory()
                .createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        resourceSet.getResources().add(resource);
        resource.load(new ByteArrayInputStream(content), resourceSet.getLoadOptions());
        return resource;
    }

    /**
     * @param before the old version
     * @param after the new version
     * @return their comparison with the installed criteria and rules
     */
    static PortfolioComparison compare(Resource before, Resource after) {
        return PortfolioComparison.of(before, after, WorkbenchScoring.engine(),
                ValidationServices.getDefault().rules(), Locale.getDefault());
    }

    /**
     * Shows a comparison in the Portfolio Differences view.
     *
     * @return the view
     * @throws PartInitException if the view cannot be opened
     */
    static DiffView show(IWorkbenchPage page, String heading, PortfolioComparison comparison, IFile newer)
            throws PartInitException {
        DiffView view = (DiffView) page.showView(DiffView.ID);
        view.show(heading, comparison, newer);
        return view;
    }
}
