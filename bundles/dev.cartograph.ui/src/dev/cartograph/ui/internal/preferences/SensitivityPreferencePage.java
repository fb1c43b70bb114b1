// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.cartograph.ui.internal.CartographUi;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.preferences.PreferenceConstants;

/**
 * How the sensitivity analysis shakes the weights: by how much, how many times, and which top
 * of the ranking it watches. The Sensitivity view runs with these settings and runs again when
 * they change.
 */
public final class SensitivityPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private static final int MAX_SAMPLES = 1_000_000;
    private static final int MAX_TOP_K = 1000;

    /** Creates the page. */
    public SensitivityPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_sensitivityDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(CartographUi.preferences());
    }

    @Override
    protected void createFieldEditors() {
        addField(new PercentFieldEditor(PreferenceConstants.SENSITIVITY_SPREAD, Messages.Preferences_spread, 100,
                getFieldEditorParent()));
        IntegerFieldEditor samples = new IntegerFieldEditor(PreferenceConstants.SENSITIVITY_SAMPLES,
                Messages.Preferences_samples, getFieldEditorParent());
        samples.setValidRange(1, MAX_SAMPLES);
        addField(samples);
        IntegerFieldEditor topK = new IntegerFieldEditor(PreferenceConstants.SENSITIVITY_TOP_K, Messages.Preferences_topK,
                getFieldEditorParent());
        topK.setValidRange(1, MAX_TOP_K);
        addField(topK);
    }
}
