// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * Writes the sample portfolio of {@link SamplePortfolio} as the file shipped in
 * {@code examples/dev.cartograph.sample}. Element ids are derived from each element's place in
 * the model, so writing an unchanged sample again gives the same bytes (no noise in git).
 */
public final class SampleFile {

    private SampleFile() {
    }

    /**
     * Builds the sample and writes it to {@code file}.
     *
     * @return the portfolio written
     * @throws IOException if the file cannot be written
     */
    public static Portfolio write(Path file) throws IOException {
        Portfolio portfolio = SamplePortfolio.build();
        XMLResource resource = (XMLResource) ModelPersistence.createResourceSet()
                .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(portfolio);
        resource.setID(portfolio, stableId(""));
        for (Iterator<EObject> it = portfolio.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            resource.setID(element, stableId(EcoreUtil.getRelativeURIFragmentPath(portfolio, element)));
        }
        ModelPersistence.save(resource);
        return portfolio;
    }

    private static String stableId(String path) {
        return UUID.nameUUIDFromBytes(("kestrel-mutual/" + path).getBytes(StandardCharsets.UTF_8)).toString(); //$NON-NLS-1$
    }
}
