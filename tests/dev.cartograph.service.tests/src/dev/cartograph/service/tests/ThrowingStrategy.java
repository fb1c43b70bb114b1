// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.List;

import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.Scores;
import dev.cartograph.scoring.ScoringStrategy;

/** A contributed strategy that throws when it scores. */
public final class ThrowingStrategy implements ScoringStrategy {

    static final String MESSAGE = "division by zero";

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
        throw new ArithmeticException(MESSAGE);
    }
}
