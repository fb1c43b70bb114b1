// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;

/** The preferences of the prioritisation views: the sensitivity analysis and validation on save. */
public final class ScoringPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Creates the page. */
    public ScoringPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ScoringUiPlugin.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(new PercentFieldEditor(PreferenceConstants.SENSITIVITY_SPREAD, Messages.Preferences_spread, 100,
                getFieldEditorParent()));
        IntegerFieldEditor samples = new IntegerFieldEditor(PreferenceConstants.SENSITIVITY_SAMPLES,
                Messages.Preferences_samples, getFieldEditorParent());
        samples.setValidRange(0, 100_000);
        addField(samples);
        IntegerFieldEditor topK = new IntegerFieldEditor(PreferenceConstants.SENSITIVITY_TOP_K,
                Messages.Preferences_topK, getFieldEditorParent());
        topK.setValidRange(1, 1_000);
        addField(topK);
        addField(new BooleanFieldEditor(PreferenceConstants.VALIDATE_ON_SAVE, Messages.Preferences_validateOnSave,
                getFieldEditorParent()));
    }
}
