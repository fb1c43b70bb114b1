// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import dev.cartograph.model.provider.spec.CartographItemProviderAdapterFactorySpec;

/** The item providers every Cartograph viewer uses. */
public final class CartographAdapterFactories {

    private CartographAdapterFactories() {
    }

    /**
     * @return a new composed factory of Cartograph, resource and reflective item providers; the
     *         caller disposes it
     */
    public static ComposedAdapterFactory create() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new CartographItemProviderAdapterFactorySpec());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }
}
