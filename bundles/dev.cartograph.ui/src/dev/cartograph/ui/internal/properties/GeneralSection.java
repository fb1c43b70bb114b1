// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.properties;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.FieldFactory;
import dev.cartograph.ui.viewers.Labels;

/**
 * The General tab: every attribute of the selected element, and its single-valued references
 * (a use case's wave), in the order of the model; the description last.
 */
public final class GeneralSection extends ModelPropertySection {

    @Override
    protected void build(FieldFactory fields, Composite parent, EObject element) {
        Composite client = fields.section(parent, Labels.type(element.eClass()), Messages.Properties_generalDescription);
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (shown(feature) && feature != CartographPackage.Literals.NAMED_ELEMENT__DESCRIPTION) {
                fields.field(client, feature);
            }
        }
        if (element.eClass().getEAllStructuralFeatures().contains(CartographPackage.Literals.NAMED_ELEMENT__DESCRIPTION)) {
            fields.field(client, CartographPackage.Literals.NAMED_ELEMENT__DESCRIPTION);
        }
    }

    private static boolean shown(EStructuralFeature feature) {
        if (!feature.isChangeable() || feature.isDerived() || feature.isMany()) {
            return false;
        }
        if (feature instanceof EAttribute) {
            return true;
        }
        EReference reference = (EReference) feature;
        return !reference.isContainment() && !reference.isContainer();
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return false;
    }
}
