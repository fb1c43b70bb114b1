// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.properties;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

import dev.cartograph.ui.viewers.CartographAdapterFactories;
import dev.cartograph.ui.viewers.ItemPropertySourceProvider;

/**
 * The Advanced tab: every property of the selected element in the classic property table, with
 * the cell editors of {@link dev.cartograph.ui.viewers.PropertyCellEditors}; changes are
 * commands on the editor's stack, through the item property descriptors.
 */
public final class AdvancedSection extends AdvancedPropertySection {

    private final ComposedAdapterFactory adapterFactory = CartographAdapterFactories.create();

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage tabbedPropertySheetPage) {
        super.createControls(parent, tabbedPropertySheetPage);
        page.setPropertySourceProvider(getPropertySourceProvider());
    }

    private IPropertySourceProvider getPropertySourceProvider() {
        return new ItemPropertySourceProvider(adapterFactory);
    }

    @Override
    public void dispose() {
        super.dispose();
        adapterFactory.dispose();
    }
}
