// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the property sheet a {@link ItemPropertySource} for each model object, from the item
 * providers of an adapter factory. Property values are EMF's property value wrappers, which are
 * item property sources themselves: they get a property source too, whose editable value is the
 * value to edit and which has no nested properties.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    /** @param adapterFactory the factory of item providers */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        if (object instanceof IItemPropertySource wrapper) {
            return new ItemPropertySource(object, wrapper);
        }
        Object adapter = object == null ? null : adapterFactory.adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemPropertySource
                ? new ItemPropertySource(object, itemPropertySource)
                : null;
    }
}
