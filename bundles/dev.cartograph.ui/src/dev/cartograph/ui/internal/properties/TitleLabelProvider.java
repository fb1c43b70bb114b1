// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.properties;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Image;

import dev.cartograph.ui.viewers.CartographAdapterFactories;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;
import dev.cartograph.ui.viewers.Labels;

/** The title of the Properties view: the selected element's icon, kind and label. */
public final class TitleLabelProvider extends ItemProviderLabelProvider {

    private final ComposedAdapterFactory factory;

    /** Creates the provider, with item providers of its own. */
    public TitleLabelProvider() {
        this(CartographAdapterFactories.create());
    }

    private TitleLabelProvider(ComposedAdapterFactory factory) {
        super(factory);
        this.factory = factory;
    }

    @Override
    public String getText(Object element) {
        Object first = element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
        if (first instanceof org.eclipse.emf.ecore.EObject eObject) {
            return Labels.type(eObject.eClass()) + " \u2013 " + super.getText(first); //$NON-NLS-1$
        }
        return first == null ? "" : super.getText(first); //$NON-NLS-1$
    }

    @Override
    public Image getImage(Object element) {
        Object first = element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
        return first == null ? null : super.getImage(first);
    }

    @Override
    public void dispose() {
        super.dispose();
        factory.dispose();
    }
}
