// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
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

    /**
     * Creates the editing domain of a portfolio: one command stack, and the domain registered on
     * the resource set, so that item property descriptors (the Properties view, cell editors)
     * find it and make every change a command on its stack.
     *
     * @param factory the item providers
     * @param resourceSet the resource set of the portfolio
     * @return the editing domain
     */
    public static AdapterFactoryEditingDomain createEditingDomain(ComposedAdapterFactory factory, ResourceSet resourceSet) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), resourceSet);
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        return domain;
    }
}
