// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.List;

import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.Scores;
import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.Side;

/**
 * A contributed strategy: each side scores its best normalised value, and overall is the mean
 * of the two sides. Its id and label are not used: the extension's are.
 */
public final class MaximumStrategy implements ScoringStrategy {

    @Override
    public String id() {
        return "ignored-id";
    }

    @Override
    public String label() {
        return "ignored label";
    }

    @Override
    public String contributor() {
        return "ignored contributor";
    }

    @Override
    public Scores evaluate(List<CriterionScore> criteria) {
        double impact = 0;
        double feasibility = 0;
        for (CriterionScore score : criteria) {
            if (score.criterion().side() == Side.IMPACT) {
                impact = Math.max(impact, score.normalised());
            } else {
                feasibility = Math.max(feasibility, score.normalised());
            }
        }
        return new Scores(impact, feasibility, (impact + feasibility) / 2);
    }
}
