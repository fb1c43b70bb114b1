// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.Locale;

import dev.cartograph.model.GateOperator;
import dev.cartograph.scoring.internal.Messages;

/**
 * A gate that applies to a use case.
 *
 * @param gate the gate
 * @param criterion the gate's criterion
 * @param value the use case's aggregated value on that criterion, on its own scale
 */
public record GateHit(GateRule gate, Criterion criterion, double value) {

    /** @return the explanation for the user, in the default locale */
    public String message() {
        return message(Locale.getDefault());
    }

    /**
     * @param locale the locale
     * @return the explanation, for example
     *         {@code Compliance and operational risk is 5, at least 5: unacceptable risk}
     */
    public String message(Locale locale) {
        String key = gate.operator() == GateOperator.AT_MOST ? "Gate_atMost" : "Gate_atLeast"; //$NON-NLS-1$ //$NON-NLS-2$
        String condition = Messages.format(locale, key, criterion.label(), value, gate.threshold());
        String reason = Sentences.clause(gate.reason());
        return reason.isEmpty() ? condition
                : Messages.format(locale, "Gate_withReason", condition, reason); //$NON-NLS-1$
    }
}
