// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import dev.cartograph.model.Aggregation;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.ui.internal.CartographUi;
import dev.cartograph.ui.preferences.PreferenceConstants;
import dev.cartograph.ui.scoring.WorkbenchScoring;

/** The defaults of the Cartograph preferences. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    /** The thresholds of the method's grid: the middle of 0-100. */
    static final double DEFAULT_THRESHOLD = 50;
    /** The default disagreement threshold, in points. */
    static final double DEFAULT_DISAGREEMENT = 25;

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(CartographUi.BUNDLE_ID);
        defaults.put(PreferenceConstants.ASSESSOR, System.getProperty("user.name", "")); //$NON-NLS-1$ //$NON-NLS-2$
        defaults.putDouble(PreferenceConstants.IMPACT_THRESHOLD, DEFAULT_THRESHOLD);
        defaults.putDouble(PreferenceConstants.FEASIBILITY_THRESHOLD, DEFAULT_THRESHOLD);
        defaults.putDouble(PreferenceConstants.DISAGREEMENT_THRESHOLD, DEFAULT_DISAGREEMENT);
        defaults.put(PreferenceConstants.AGGREGATION, Aggregation.MEDIAN.getLiteral());
        for (Criterion criterion : WorkbenchScoring.criteria().criteria()) {
            defaults.putDouble(PreferenceConstants.WEIGHT_PREFIX + criterion.id(), criterion.defaultWeight());
        }
        SensitivityOptions sensitivity = SensitivityOptions.defaults();
        defaults.putDouble(PreferenceConstants.SENSITIVITY_SPREAD, sensitivity.spread());
        defaults.putInt(PreferenceConstants.SENSITIVITY_SAMPLES, sensitivity.samples());
        defaults.putInt(PreferenceConstants.SENSITIVITY_TOP_K, sensitivity.topK());
    }
}
