// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;

/**
 * The JFace property source of one object, over its EMF item property source (the small
 * equivalent of EMF.Edit.UI's {@code PropertySource}, which is not on Maven Central).
 * <p>
 * Values are read and written through the item property descriptors: when the object belongs
 * to an editing domain, every change is a command on that domain's command stack, so it can be
 * undone. Clearing an unsettable property unsets it.
 */
public class ItemPropertySource implements IPropertySource2 {

    private final Object object;
    private final IItemPropertySource itemPropertySource;

    /**
     * @param object the object whose properties are shown
     * @param itemPropertySource its item property source
     */
    public ItemPropertySource(Object object, IItemPropertySource itemPropertySource) {
        this.object = object;
        this.itemPropertySource = itemPropertySource;
    }

    /** @return the object whose properties are shown */
    public Object getObject() {
        return object;
    }

    @Override
    public Object getEditableValue() {
        return itemPropertySource.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
        if (descriptors == null) {
            return new IPropertyDescriptor[0];
        }
        return descriptors.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d))
                .toArray(IPropertyDescriptor[]::new);
    }

    /**
     * @param id a property id
     * @return the item property descriptor of that property, or {@code null}
     */
    public IItemPropertyDescriptor getItemPropertyDescriptor(Object id) {
        return id == null ? null : itemPropertySource.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = getItemPropertyDescriptor(id);
        return descriptor == null ? null : descriptor.getPropertyValue(object);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = getItemPropertyDescriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public boolean isPropertyResettable(Object id) {
        IItemPropertyDescriptor descriptor = getItemPropertyDescriptor(id);
        return descriptor != null && descriptor.canSetProperty(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = getItemPropertyDescriptor(id);
        if (descriptor != null && descriptor.canSetProperty(object)) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = getItemPropertyDescriptor(id);
        if (descriptor == null || !descriptor.canSetProperty(object)) {
            return;
        }
        if (value == SetCommand.UNSET_VALUE) {
            descriptor.resetPropertyValue(object);
        } else {
            descriptor.setPropertyValue(object, value);
        }
    }
}
