// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.preferences;

/**
 * The keys of the validation's preferences in the workbench (instance scope, node
 * {@code dev.cartograph.scoring.ui}). The other Cartograph settings, the sensitivity analysis's
 * among them, are those of {@link dev.cartograph.ui.preferences.CartographPreferences}.
 */
public interface PreferenceConstants {

    /** Whether validation runs each time a portfolio file is saved (boolean). */
    String VALIDATE_ON_SAVE = "validation.onSave"; //$NON-NLS-1$
}
