// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.WeightedSumStrategy;
import dev.cartograph.ui.preferences.CartographPreferences;
import dev.cartograph.ui.scoring.WorkbenchScoring;

/**
 * The scoring configuration a new portfolio starts with: the thresholds, aggregation and
 * disagreement threshold of the preferences, and a setting (with the preferred weight) for each
 * installed criterion, on when its contribution says new portfolios use it (the eight of the
 * method), else off but offered on the Criteria page.
 */
public final class ScoringDefaults {

    private ScoringDefaults() {
    }

    /** @return a new configuration, not attached to any portfolio */
    public static ScoringConfiguration create() {
        ScoringConfiguration scoring = CartographFactory.eINSTANCE.createScoringConfiguration();
        scoring.setStrategyId(WeightedSumStrategy.ID);
        scoring.setImpactThreshold(CartographPreferences.impactThreshold());
        scoring.setFeasibilityThreshold(CartographPreferences.feasibilityThreshold());
        scoring.setAggregation(CartographPreferences.aggregation());
        scoring.setDisagreementThreshold(CartographPreferences.disagreementThreshold());
        for (Criterion criterion : WorkbenchScoring.criteria().criteria()) {
            CriterionSetting setting = CartographFactory.eINSTANCE.createCriterionSetting();
            setting.setCriterionId(criterion.id());
            setting.setEnabled(criterion.enabledInNewPortfolios());
            setting.setWeight(CartographPreferences.weight(criterion));
            scoring.getCriteria().add(setting);
        }
        return scoring;
    }
}
