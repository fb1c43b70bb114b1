// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

import dev.cartograph.model.provider.CartographEditPlugin;

/** The words the item providers use for elements and their features, in the user's language. */
public final class Labels {

    private Labels() {
    }

    /**
     * @param adapterFactory the item providers
     * @param element an element
     * @return its label, as the tree shows it
     */
    public static String text(AdapterFactory adapterFactory, Object element) {
        Object provider = element == null ? null : adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            return labels.getText(element);
        }
        return element == null ? "" : element.toString(); //$NON-NLS-1$
    }

    /**
     * @param adapterFactory the item providers
     * @param owner an element
     * @param feature one of its features
     * @return the feature's display name (for example "Depends on"), or its Ecore name when the
     *         item providers do not name it
     */
    public static String feature(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
        IItemPropertyDescriptor descriptor = descriptor(adapterFactory, owner, feature);
        return descriptor == null ? feature(feature) : descriptor.getDisplayName(owner);
    }

    /**
     * @param feature a feature of the Cartograph model
     * @return its name as the edit plug-in's texts give it (also for containment features,
     *         which have no property descriptor), or its Ecore name
     */
    public static String feature(EStructuralFeature feature) {
        String key = "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try {
            return CartographEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return feature.getName();
        }
    }

    /**
     * @param literal a literal of an enumeration of the Cartograph model
     * @return its label in the user's language (for example "After the journey (churn)")
     */
    public static String literal(EEnumLiteral literal) {
        String key = "_UI_" + literal.getEEnum().getName() + "_" + literal.getName() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try {
            return CartographEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return literal.getLiteral();
        }
    }

    /**
     * @param eEnum an enumeration of the Cartograph model
     * @param value one of its values (an {@link Enumerator}), or {@code null}
     * @return the value's label, empty for {@code null}
     */
    public static String literal(EEnum eEnum, Object value) {
        if (value instanceof Enumerator enumerator) {
            EEnumLiteral literal = eEnum.getEEnumLiteral(enumerator.getValue());
            return literal == null ? enumerator.getLiteral() : literal(literal);
        }
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }

    /**
     * @param eClass a class of the Cartograph model
     * @return its name as the edit plug-in's texts give it (for example "Use case")
     */
    public static String type(EClass eClass) {
        try {
            return CartographEditPlugin.INSTANCE.getString("_UI_" + eClass.getName() + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (MissingResourceException e) {
            return eClass.getName();
        }
    }

    /**
     * @param adapterFactory the item providers
     * @param owner an element
     * @param feature one of its features
     * @return the item property descriptor of that feature, or {@code null}
     */
    public static IItemPropertyDescriptor descriptor(AdapterFactory adapterFactory, EObject owner,
            EStructuralFeature feature) {
        Object source = adapterFactory.adapt(owner, IItemPropertySource.class);
        if (source instanceof IItemPropertySource properties && properties.getPropertyDescriptors(owner) != null) {
            for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(owner)) {
                if (descriptor.getFeature(owner) == feature) {
                    return descriptor;
                }
            }
        }
        return null;
    }
}
