// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.preferences;

import org.eclipse.jface.preference.IPreferenceStore;

import dev.cartograph.model.Aggregation;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.ui.internal.CartographUi;

/**
 * Typed access to the Cartograph preferences, with their defaults: the assessor name, the
 * scoring settings of new portfolios and the settings of the sensitivity analysis.
 */
public final class CartographPreferences {

    private CartographPreferences() {
    }

    /** @return the preference store (instance scope, node {@code dev.cartograph.ui}) */
    public static IPreferenceStore store() {
        return CartographUi.preferences();
    }

    /** @return the name written as assessor on the scores the user creates */
    public static String assessor() {
        return store().getString(PreferenceConstants.ASSESSOR);
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

    /** @return the options of the sensitivity analysis (spread, samples, K; default seed and threads) */
    public static SensitivityOptions sensitivityOptions() {
        return SensitivityOptions.defaults().withSpread(store().getDouble(PreferenceConstants.SENSITIVITY_SPREAD))
                .withSamples(store().getInt(PreferenceConstants.SENSITIVITY_SAMPLES))
                .withTopK(store().getInt(PreferenceConstants.SENSITIVITY_TOP_K));
    }
}
