// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;

/**
 * A snapshot of one of the portfolio's gates ({@code dev.cartograph.model.Gate}).
 *
 * @param criterionId the criterion the gate looks at
 * @param operator at least or at most
 * @param threshold the threshold, on the criterion's own scale
 * @param effect block or not ready
 * @param reason the reason given to the user, possibly empty
 * @param enabled whether the gate applies
 */
public record GateRule(String criterionId, GateOperator operator, double threshold, GateEffect effect,
        String reason, boolean enabled) {

    /**
     * @param value a use case's aggregated value on the gate's criterion
     * @return whether the gate's condition holds for that value (regardless of {@link #enabled()})
     */
    public boolean matches(double value) {
        return operator == GateOperator.AT_MOST ? value <= threshold : value >= threshold;
    }
}
