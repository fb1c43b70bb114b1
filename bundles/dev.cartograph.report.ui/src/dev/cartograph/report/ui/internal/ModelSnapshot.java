// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * A copy of a portfolio taken on the UI thread when the user asks for a report, so that the job
 * reads a model nobody edits meanwhile (the user may go on typing while the report is made). The
 * copy lies in a resource of its own with the original's URI and element ids.
 *
 * @param portfolio the copy
 * @param useCase the copy of the chosen use case, or {@code null} for the portfolio report
 */
record ModelSnapshot(Portfolio portfolio, UseCase useCase) {

    /**
     * @param live the portfolio as the editor holds it
     * @param liveUseCase one of its use cases, or {@code null}
     * @return the copy
     */
    static ModelSnapshot of(Portfolio live, UseCase liveUseCase) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Portfolio copy = (Portfolio) copier.copy(live);
        copier.copyReferences();
        URI uri = live.eResource() == null ? URI.createURI("snapshot.cartograph") : live.eResource().getURI(); //$NON-NLS-1$
        Resource resource = ModelPersistence.createResourceSet().createResource(uri);
        resource.getContents().add(copy);
        if (live.eResource() instanceof XMLResource from && resource instanceof XMLResource to) {
            for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
                String id = from.getID(entry.getKey());
                if (id != null) {
                    to.setID(entry.getValue(), id);
                }
            }
        }
        return new ModelSnapshot(copy, liveUseCase == null ? null : (UseCase) copier.get(liveUseCase));
    }
}
