// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for an attribute of a data type (text, number, date): the text is
 * converted by {@link DataTypeValues}, and text that is not a valid value is refused with a
 * message that says what to type (shown by the hosting viewer, for example in the status line
 * of the Properties view).
 */
public class DataTypeCellEditor extends TextCellEditor {

    private final EStructuralFeature feature;

    /**
     * @param parent the hosting control
     * @param feature the attribute edited
     */
    public DataTypeCellEditor(Composite parent, EStructuralFeature feature) {
        super(parent);
        this.feature = feature;
        setValidator(value -> DataTypeValues.validate(feature, value instanceof String s ? s : null));
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(DataTypeValues.toText((EDataType) feature.getEType(), value));
    }

    @Override
    protected Object doGetValue() {
        return DataTypeValues.fromText(feature, (String) super.doGetValue());
    }
}
