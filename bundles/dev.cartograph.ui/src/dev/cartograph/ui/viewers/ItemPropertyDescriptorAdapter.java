// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * A JFace property descriptor over one EMF item property descriptor of one object: its name,
 * category, description and label come from the item provider, and its cell editor from
 * {@link PropertyCellEditors}.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor itemDescriptor;

    /**
     * @param object the object whose property this is
     * @param itemDescriptor the item provider's descriptor of the property
     */
    public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor itemDescriptor) {
        this.object = object;
        this.itemDescriptor = itemDescriptor;
    }

    /** @return the item provider's descriptor */
    public IItemPropertyDescriptor getItemDescriptor() {
        return itemDescriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        return PropertyCellEditors.create(parent, object, itemDescriptor);
    }

    @Override
    public String getCategory() {
        return itemDescriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return itemDescriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return itemDescriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return itemDescriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return itemDescriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return labels.getText(value);
            }

            @Override
            public Image getImage(Object value) {
                return ModelImages.get(labels.getImage(value));
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ItemPropertyDescriptorAdapter adapter && getId().equals(adapter.getId())
                && java.util.Objects.equals(getCategory(), adapter.getCategory());
    }
}
