// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.List;

import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.LinearScoringStrategy;
import dev.cartograph.scoring.Scores;
import dev.cartograph.scoring.WeightedSumStrategy;

/** A contributed linear strategy: the weighted sum under another id. */
public final class LinearStrategy implements LinearScoringStrategy {

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
        return WeightedSumStrategy.INSTANCE.evaluate(criteria);
    }
}
