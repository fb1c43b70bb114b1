// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;
import dev.cartograph.scoring.ui.internal.preferences.PreferenceConstants;
import dev.cartograph.scoring.ui.internal.sensitivity.SensitivityView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.preferences.CartographPreferences;

/**
 * One place per setting: the sensitivity analysis runs with the settings of the Cartograph
 * preferences (dev.cartograph.ui), the validation keeps only its own setting, and every
 * Cartograph preference page is found under "Cartograph".
 */
class PreferencesTest {

    @AfterEach
    void restore() {
        CartographPreferences.store().setToDefault(dev.cartograph.ui.preferences.PreferenceConstants.SENSITIVITY_TOP_K);
        CartographPreferences.store().setToDefault(dev.cartograph.ui.preferences.PreferenceConstants.SENSITIVITY_SAMPLES);
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void theSensitivityViewRunsWithTheCartographPreferencesAndAgainWhenTheyChange() throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(SamplePortfolio.build(), "preferences.cartograph"); //$NON-NLS-1$
        TestWorkbench.open(file);
        SensitivityView sensitivity = TestWorkbench.show(ScoringUi.SENSITIVITY_VIEW_ID);
        assertTrue(UiWait.until(() -> sensitivity.getAnalysis() != null));
        assertEquals(SensitivityOptions.DEFAULT_TOP_K, sensitivity.getAnalysis().options().topK());
        assertEquals(SensitivityOptions.DEFAULT_SAMPLES, sensitivity.getAnalysis().options().samples());

        CartographPreferences.store().setValue(dev.cartograph.ui.preferences.PreferenceConstants.SENSITIVITY_TOP_K, 5);
        CartographPreferences.store().setValue(dev.cartograph.ui.preferences.PreferenceConstants.SENSITIVITY_SAMPLES, 200);

        assertTrue(UiWait.until(() -> sensitivity.getAnalysis().options().topK() == 5
                && sensitivity.getAnalysis().options().samples() == 200), "the analysis ran again with K 5 and 200 samples");
    }

    @Test
    void validationKeepsOnlyItsOwnSetting() throws Exception {
        ScoringUiPlugin.getDefault().getPreferenceStore().getBoolean(PreferenceConstants.VALIDATE_ON_SAVE);
        assertEquals(Set.of(PreferenceConstants.VALIDATE_ON_SAVE),
                Set.of(DefaultScope.INSTANCE.getNode(ScoringUi.PLUGIN_ID).keys()));
        assertTrue(ScoringUiPlugin.getDefault().getPreferenceStore().getDefaultBoolean(PreferenceConstants.VALIDATE_ON_SAVE));
    }

    @Test
    void everyCartographPreferencePageIsUnderCartograph() {
        Map<String, String> categories = new TreeMap<>();
        for (IConfigurationElement page : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.preferencePages")) { //$NON-NLS-1$
            if (page.getContributor().getName().startsWith("dev.cartograph.")) { //$NON-NLS-1$
                categories.put(page.getAttribute("id"), String.valueOf(page.getAttribute("category"))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        assertEquals(Map.of(CartographPreferences.GENERAL_PAGE_ID, "null", //$NON-NLS-1$
                "dev.cartograph.ui.preferences.scoring", CartographPreferences.GENERAL_PAGE_ID, //$NON-NLS-1$
                CartographPreferences.SENSITIVITY_PAGE_ID, CartographPreferences.GENERAL_PAGE_ID,
                "dev.cartograph.scoring.ui.preferences.validation", CartographPreferences.GENERAL_PAGE_ID), categories); //$NON-NLS-1$
    }
}
