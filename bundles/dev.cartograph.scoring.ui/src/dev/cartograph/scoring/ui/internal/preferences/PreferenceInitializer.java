// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;

/** The defaults of the validation's preferences: portfolios are validated when saved. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        ScoringUiPlugin.getDefault().getPreferenceStore().setDefault(PreferenceConstants.VALIDATE_ON_SAVE, true);
    }
}
