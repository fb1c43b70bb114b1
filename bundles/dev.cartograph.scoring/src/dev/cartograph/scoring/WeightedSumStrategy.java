// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.List;

import dev.cartograph.scoring.internal.Messages;

/**
 * The default strategy, {@value #ID}: each score is the weighted mean of the normalised values
 * (0-100, costs inverted) of its criteria: impact over the impact-side criteria, feasibility
 * over the feasibility-side criteria, overall over all enabled criteria. A mean over no
 * criterion, or over criteria whose weights are all 0, is 0.
 */
public final class WeightedSumStrategy implements LinearScoringStrategy {

    /** The strategy's id. */
    public static final String ID = "weighted-sum"; //$NON-NLS-1$

    /** The shared instance; the strategy has no state. */
    public static final WeightedSumStrategy INSTANCE = new WeightedSumStrategy();

    private WeightedSumStrategy() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("Strategy_weightedSum"); //$NON-NLS-1$
    }

    @Override
    public String contributor() {
        return "dev.cartograph.scoring"; //$NON-NLS-1$
    }

    @Override
    public Scores evaluate(List<CriterionScore> criteria) {
        double impactSum = 0;
        double impactWeight = 0;
        double feasibilitySum = 0;
        double feasibilityWeight = 0;
        for (int i = 0, n = criteria.size(); i < n; i++) {
            CriterionScore score = criteria.get(i);
            double weighted = score.weight() * score.normalised();
            if (score.criterion().side() == Side.IMPACT) {
                impactSum += weighted;
                impactWeight += score.weight();
            } else {
                feasibilitySum += weighted;
                feasibilityWeight += score.weight();
            }
        }
        return new Scores(mean(impactSum, impactWeight), mean(feasibilitySum, feasibilityWeight),
                mean(impactSum + feasibilitySum, impactWeight + feasibilityWeight));
    }

    private static double mean(double sum, double weight) {
        return weight > 0 ? sum / weight : 0.0;
    }

    @Override
    public String toString() {
        return ID;
    }
}
