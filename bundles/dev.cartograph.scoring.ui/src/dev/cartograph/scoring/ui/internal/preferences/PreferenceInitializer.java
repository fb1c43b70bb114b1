// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;

/** The defaults of the scoring views' preferences: those of the scoring core. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = ScoringUiPlugin.getDefault().getPreferenceStore();
        store.setDefault(PreferenceConstants.SENSITIVITY_SPREAD, SensitivityOptions.DEFAULT_SPREAD);
        store.setDefault(PreferenceConstants.SENSITIVITY_SAMPLES, SensitivityOptions.DEFAULT_SAMPLES);
        store.setDefault(PreferenceConstants.SENSITIVITY_TOP_K, SensitivityOptions.DEFAULT_TOP_K);
        store.setDefault(PreferenceConstants.VALIDATE_ON_SAVE, true);
    }
}
