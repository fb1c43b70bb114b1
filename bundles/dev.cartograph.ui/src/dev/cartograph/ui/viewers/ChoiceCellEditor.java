// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only drop-down list of fixed values (enumeration literals, or the choices an item
 * provider offers), shown with their labels; its value is the chosen value itself, not its
 * index.
 */
public class ChoiceCellEditor extends ComboBoxCellEditor {

    private static final Object NULL = new Object();

    private final List<Object> values;

    /**
     * @param parent the hosting control
     * @param values the values to choose from, in order ({@code null} allowed: "none")
     * @param labels their labels
     */
    public ChoiceCellEditor(Composite parent, List<Object> values, ILabelProvider labels) {
        super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new), //$NON-NLS-1$
                SWT.READ_ONLY);
        this.values = List.copyOf(values.stream().map(v -> v == null ? NULL : v).toList());
    }

    /** @return the values offered, in order ({@code null} as itself) */
    public List<Object> getValues() {
        return values.stream().map(v -> v == NULL ? null : v).toList();
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        if (index < 0 || index >= values.size()) {
            return null;
        }
        Object value = values.get(index);
        return value == NULL ? null : value;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(values.indexOf(value == null ? NULL : value));
    }
}
