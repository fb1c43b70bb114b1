// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.preferences;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.ui.internal.Messages;

/** A preference field for a decimal number within bounds, refused with a message when it is not. */
final class DoubleFieldEditor extends StringFieldEditor {

    private final double min;
    private final double max;

    DoubleFieldEditor(String name, String label, Composite parent, double min, double max) {
        super(name, label, 10, parent);
        this.min = min;
        this.max = max;
        setEmptyStringAllowed(false);
        setErrorMessage(Messages.bind(Messages.Preferences_numberBetween,
                new Object[] { fieldName(label), number(min), number(max) }));
    }

    /**
     * @param label a field's label, with its mnemonic and colon
     * @return the field's name, as an error message names it
     */
    static String fieldName(String label) {
        return label.replace("&", "").replaceAll("\\s*:\\s*$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    @Override
    protected boolean checkState() {
        try {
            double value = Double.parseDouble(getStringValue().strip());
            boolean valid = value >= min && value <= max;
            if (valid) {
                clearErrorMessage();
            } else {
                showErrorMessage();
            }
            return valid;
        } catch (NumberFormatException e) {
            showErrorMessage();
            return false;
        }
    }

    @Override
    protected void doStore() {
        getPreferenceStore().setValue(getPreferenceName(), Double.parseDouble(getStringValue().strip()));
    }
}
