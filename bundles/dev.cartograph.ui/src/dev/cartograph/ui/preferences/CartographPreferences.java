// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.preferences;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import dev.cartograph.model.Aggregation;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.ui.internal.CartographUi;
import dev.cartograph.ui.internal.Messages;

/**
 * Typed access to the Cartograph preferences, with their defaults: the assessor name, the
 * scoring settings of new portfolios and the settings of the sensitivity analysis. Every
 * Cartograph plug-in reads these settings here; each is set on one preference page, under the
 * "Cartograph" page ({@link #GENERAL_PAGE_ID}) where plug-ins put their own pages too.
 */
public final class CartographPreferences {

    /** The id of the "Cartograph" preference page, the category of every Cartograph preference page. */
    public static final String GENERAL_PAGE_ID = "dev.cartograph.ui.preferences.general"; //$NON-NLS-1$

    /** The id of the preference page of the sensitivity analysis. */
    public static final String SENSITIVITY_PAGE_ID = "dev.cartograph.ui.preferences.sensitivity"; //$NON-NLS-1$

    private CartographPreferences() {
    }

    /** @return the preference store (instance scope, node {@code dev.cartograph.ui}) */
    public static IPreferenceStore store() {
        return CartographUi.preferences();
    }

    /**
     * @return the name written as assessor on the scores the user creates, never blank: the
     *         preference, else the operating system's user name, else "?"
     */
    public static String assessor() {
        String name = store().getString(PreferenceConstants.ASSESSOR).strip();
        if (name.isEmpty()) {
            name = System.getProperty("user.name", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return name.isEmpty() ? "?" : name; //$NON-NLS-1$
    }

    /**
     * The name to sign a score the user is entering. The first time, while the preference has
     * never been set, asks for it (proposing the operating system's user name) and keeps the
     * answer in the preferences, where it can be changed; later it is the preference.
     *
     * @param shell the window to ask in
     * @return the assessor name, or {@code null} if the user cancelled (then enter nothing)
     */
    public static String assessorAsking(Shell shell) {
        IPreferenceStore store = store();
        if (store.isDefault(PreferenceConstants.ASSESSOR) && shell != null && !shell.isDisposed()) {
            InputDialog dialog = new InputDialog(shell, Messages.AssessorDialog_title, Messages.AssessorDialog_message,
                    assessor(), text -> text == null || text.isBlank() ? Messages.AssessorDialog_required : null);
            if (dialog.open() != Window.OK) {
                return null;
            }
            // kept even when it is the proposed default, so that the question is asked once
            store.putValue(PreferenceConstants.ASSESSOR, dialog.getValue().strip());
        }
        return assessor();
    }

    /** @return the impact threshold of new portfolios */
    public static double impactThreshold() {
        return store().getDouble(PreferenceConstants.IMPACT_THRESHOLD);
    }

    /** @return the feasibility threshold of new portfolios */
    public static double feasibilityThreshold() {
        return store().getDouble(PreferenceConstants.FEASIBILITY_THRESHOLD);
    }

    /** @return the disagreement threshold of new portfolios */
    public static double disagreementThreshold() {
        return store().getDouble(PreferenceConstants.DISAGREEMENT_THRESHOLD);
    }

    /** @return how the scores of several assessors combine in new portfolios */
    public static Aggregation aggregation() {
        Aggregation aggregation = Aggregation.get(store().getString(PreferenceConstants.AGGREGATION));
        return aggregation == null ? Aggregation.MEDIAN : aggregation;
    }

    /**
     * @param criterion an installed criterion
     * @return its weight in new portfolios: the preference if the user set one, else the
     *         criterion's default weight
     */
    public static double weight(Criterion criterion) {
        String key = PreferenceConstants.WEIGHT_PREFIX + criterion.id();
        return store().contains(key) ? store().getDouble(key) : criterion.defaultWeight();
    }

    /**
     * @return the options of the sensitivity analysis: the spread, samples and K of the
     *         preferences (a value out of range, written by hand in the preference file, gives
     *         way to the default), the default seed and threads
     */
    public static SensitivityOptions sensitivityOptions() {
        SensitivityOptions options = SensitivityOptions.defaults();
        double spread = store().getDouble(PreferenceConstants.SENSITIVITY_SPREAD);
        int samples = store().getInt(PreferenceConstants.SENSITIVITY_SAMPLES);
        int topK = store().getInt(PreferenceConstants.SENSITIVITY_TOP_K);
        if (spread >= 0 && spread <= 1) {
            options = options.withSpread(spread);
        }
        if (samples >= 1) {
            options = options.withSamples(samples);
        }
        if (topK >= 1) {
            options = options.withTopK(topK);
        }
        return options;
    }

    /**
     * @param key a preference key
     * @return whether it is one of the settings of the sensitivity analysis
     */
    public static boolean isSensitivitySetting(String key) {
        return PreferenceConstants.SENSITIVITY_SPREAD.equals(key) || PreferenceConstants.SENSITIVITY_SAMPLES.equals(key)
                || PreferenceConstants.SENSITIVITY_TOP_K.equals(key);
    }
}
