// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.preferences;

/** The keys of the scoring views' preferences (instance scope, node {@code dev.cartograph.scoring.ui}). */
public interface PreferenceConstants {

    /** How much each weight varies in the sensitivity analysis, as a fraction: 0.2 for 20% either way (double). */
    String SENSITIVITY_SPREAD = "sensitivity.spread"; //$NON-NLS-1$

    /** How many weight vectors the sensitivity analysis draws (int). */
    String SENSITIVITY_SAMPLES = "sensitivity.samples"; //$NON-NLS-1$

    /** The K of "probability of staying in the top K" (int). */
    String SENSITIVITY_TOP_K = "sensitivity.topK"; //$NON-NLS-1$

    /** Whether validation runs each time a portfolio file is saved (boolean). */
    String VALIDATE_ON_SAVE = "validation.onSave"; //$NON-NLS-1$
}
