// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;

/**
 * How much a friction hurts, for the pain curve and the friction heat: its severity (1 low to
 * 4 critical) times its frequency (1 rare to 4 constant), times 1.5 if it drives churn. A stage
 * hurts as much as its frictions together. Frictions out of scope still hurt the customer and
 * count.
 */
public final class Pain {

    /** The factor of a friction that drives churn. */
    public static final double CHURN_FACTOR = 1.5;

    /** The most a single friction can weigh: critical, constant, drives churn. */
    public static final double MAX_FRICTION = 4 * 4 * CHURN_FACTOR;

    private Pain() {
    }

    /**
     * @param friction a friction
     * @return its weight, from 1 to {@link #MAX_FRICTION}
     */
    public static double of(Friction friction) {
        double weight = (friction.getSeverity().getValue() + 1.0) * (friction.getFrequency().getValue() + 1.0);
        return friction.isDrivesChurn() ? weight * CHURN_FACTOR : weight;
    }

    /**
     * @param stage a journey stage
     * @return the sum of its frictions' weights, 0 without friction
     */
    public static double of(JourneyStage stage) {
        double sum = 0;
        for (Friction friction : stage.getFrictions()) {
            sum += of(friction);
        }
        return sum;
    }
}
