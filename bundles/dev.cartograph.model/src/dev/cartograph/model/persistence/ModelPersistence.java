// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.persistence;

import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import dev.cartograph.model.CartographPackage;

/** TEMPORARY until the persistence branch lands. */
public final class ModelPersistence {
    private ModelPersistence() {
    }

    public static ResourceSet createResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(CartographPackage.eNS_URI, CartographPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("cartograph", new XMIResourceFactoryImpl()); //$NON-NLS-1$
        return set;
    }

    public static Resource load(ResourceSet set, URI uri) throws ModelLoadException {
        try {
            return set.getResource(uri, true);
        } catch (RuntimeException e) {
            throw new ModelLoadException(uri + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    public static void save(Resource resource) throws IOException {
        resource.save(null);
    }
}
