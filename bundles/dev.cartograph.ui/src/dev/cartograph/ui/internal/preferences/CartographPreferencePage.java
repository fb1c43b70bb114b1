// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.cartograph.ui.internal.CartographUi;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.preferences.PreferenceConstants;

/** The Cartograph preferences of the user: the name written on the scores they give. */
public final class CartographPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Creates the page. */
    public CartographPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_generalDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(CartographUi.preferences());
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(PreferenceConstants.ASSESSOR, Messages.Preferences_assessor, getFieldEditorParent()));
    }
}
