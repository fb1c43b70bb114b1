// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.preferences;

/**
 * The keys of the Cartograph preferences (instance scope, node {@code dev.cartograph.ui}). Read
 * them through {@link CartographPreferences}, which applies the defaults.
 */
public interface PreferenceConstants {

    /** The name written as assessor on the scores a user creates (string). */
    String ASSESSOR = "assessor"; //$NON-NLS-1$

    /** The impact threshold of new portfolios, 0-100 (double). */
    String IMPACT_THRESHOLD = "newPortfolio.impactThreshold"; //$NON-NLS-1$

    /** The feasibility threshold of new portfolios, 0-100 (double). */
    String FEASIBILITY_THRESHOLD = "newPortfolio.feasibilityThreshold"; //$NON-NLS-1$

    /** The disagreement threshold of new portfolios, in points of 0-100 (double). */
    String DISAGREEMENT_THRESHOLD = "newPortfolio.disagreementThreshold"; //$NON-NLS-1$

    /** How the scores of several assessors combine in new portfolios: an Aggregation literal (string). */
    String AGGREGATION = "newPortfolio.aggregation"; //$NON-NLS-1$

    /** Prefix of the default weight of a criterion in new portfolios; the criterion id follows (double). */
    String WEIGHT_PREFIX = "newPortfolio.weight."; //$NON-NLS-1$

    /** The relative spread of weights in the sensitivity analysis, for example 0.2 for ±20% (double). */
    String SENSITIVITY_SPREAD = "sensitivity.spread"; //$NON-NLS-1$

    /** The number of samples of the sensitivity analysis (int). */
    String SENSITIVITY_SAMPLES = "sensitivity.samples"; //$NON-NLS-1$

    /** The K of the "probability of staying in the top K" of the sensitivity analysis (int). */
    String SENSITIVITY_TOP_K = "sensitivity.topK"; //$NON-NLS-1$
}
