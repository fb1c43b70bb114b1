// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates {@link CartographResource}s. Registered for the {@code cartograph} file extension in the plug-in's
 * {@code plugin.xml}; without OSGi, {@link ModelPersistence#createResourceSet()} registers it.
 */
public class CartographResourceFactory extends ResourceFactoryImpl {

    /** Creates a factory; the extension registry calls this constructor. */
    public CartographResourceFactory() {
        // Stateless.
    }

    @Override
    public Resource createResource(URI uri) {
        return new CartographResource(uri);
    }
}
