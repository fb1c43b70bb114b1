// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.preferences;

import java.text.NumberFormat;
import java.text.ParsePosition;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.ui.internal.Messages;

/** A percentage typed by the user (20) and stored as a fraction (0.2). */
final class PercentFieldEditor extends StringFieldEditor {

    private final int max;

    PercentFieldEditor(String name, String label, int max, Composite parent) {
        super(name, label, 6, parent);
        this.max = max;
        setErrorMessage(Messages.bind(Messages.Preferences_numberBetween, new Object[] { DoubleFieldEditor.fieldName(label), 0, max }));
        setEmptyStringAllowed(false);
    }

    @Override
    protected boolean checkState() {
        Double value = parse(getStringValue());
        boolean valid = value != null && value >= 0 && value <= max;
        if (valid) {
            clearErrorMessage();
        } else {
            showErrorMessage();
        }
        return valid;
    }

    @Override
    protected void doLoad() {
        show(getPreferenceStore().getDouble(getPreferenceName()));
    }

    @Override
    protected void doLoadDefault() {
        show(getPreferenceStore().getDefaultDouble(getPreferenceName()));
    }

    @Override
    protected void doStore() {
        Double value = parse(getStringValue());
        if (value != null) {
            getPreferenceStore().setValue(getPreferenceName(), value / 100.0);
        }
    }

    private void show(double fraction) {
        if (getTextControl() != null) {
            NumberFormat format = NumberFormat.getNumberInstance();
            format.setMaximumFractionDigits(1);
            getTextControl().setText(format.format(fraction * 100.0));
        }
    }

    private static Double parse(String text) {
        ParsePosition position = new ParsePosition(0);
        Number number = NumberFormat.getNumberInstance().parse(text.trim(), position);
        return number == null || position.getIndex() != text.trim().length() ? null : number.doubleValue();
    }
}
