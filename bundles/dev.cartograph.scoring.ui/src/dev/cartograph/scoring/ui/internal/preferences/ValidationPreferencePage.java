// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;

/** The preferences of validation in the workbench, under the Cartograph preferences: validate on save. */
public final class ValidationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Creates the page. */
    public ValidationPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ScoringUiPlugin.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(PreferenceConstants.VALIDATE_ON_SAVE, Messages.Preferences_validateOnSave,
                getFieldEditorParent()));
    }
}
