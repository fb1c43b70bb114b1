// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.preferences;

import org.eclipse.jface.preference.IPreferenceStore;

import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;

/** The sensitivity analysis's options, from the preferences. */
public final class SensitivitySettings {

    private SensitivitySettings() {
    }

    /** @return the options the user chose, values out of range replaced by the defaults */
    public static SensitivityOptions current() {
        IPreferenceStore store = ScoringUiPlugin.getDefault().getPreferenceStore();
        // Leave a processor to the user interface.
        SensitivityOptions options = SensitivityOptions.defaults()
                .withThreads(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        double spread = store.getDouble(PreferenceConstants.SENSITIVITY_SPREAD);
        int samples = store.getInt(PreferenceConstants.SENSITIVITY_SAMPLES);
        int topK = store.getInt(PreferenceConstants.SENSITIVITY_TOP_K);
        if (spread >= 0 && spread <= 1) {
            options = options.withSpread(spread);
        }
        if (samples >= 0) {
            options = options.withSamples(samples);
        }
        if (topK >= 1) {
            options = options.withTopK(topK);
        }
        return options;
    }
}
