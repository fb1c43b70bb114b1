// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses and creates the cell editor of one property, from its item property descriptor: a
 * text field with conversion and a clear message for numbers, dates and strings, a drop-down
 * list for enumerations and fixed choices, a checkbox for booleans, and a selection dialog for
 * references (single or multi-valued).
 */
public final class PropertyCellEditors {

    private PropertyCellEditors() {
    }

    /**
     * @param parent the control that hosts the editor (a tree or a table)
     * @param object the object whose property is edited
     * @param descriptor the property's item descriptor
     * @return the editor, or {@code null} when the property cannot be changed
     */
    public static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor descriptor) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        ILabelProvider labels = labels(descriptor.getLabelProvider(object));
        if (feature instanceof EReference reference) {
            return new ReferenceCellEditor(parent, object, descriptor, reference, labels);
        }
        if (!(feature instanceof EAttribute attribute) || attribute.isMany()) {
            return null;
        }
        EClassifier type = attribute.getEType();
        if (type instanceof EEnum eEnum) {
            List<Object> values = new ArrayList<>();
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                values.add(literal.getInstance());
            }
            return new ChoiceCellEditor(parent, values, labels);
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return new CheckboxCellEditor(parent);
        }
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null && !choices.isEmpty()) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), labels);
        }
        return type instanceof EDataType ? new DataTypeCellEditor(parent, (EStructuralFeature) attribute) : null;
    }

    /**
     * @param labels an item label provider
     * @return the same labels as a JFace label provider
     */
    public static ILabelProvider labels(IItemLabelProvider labels) {
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                return labels.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return ModelImages.get(labels.getImage(element));
            }
        };
    }
}
