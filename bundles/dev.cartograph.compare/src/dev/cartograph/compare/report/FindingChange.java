// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.report;

import dev.cartograph.validation.FindingSeverity;

/**
 * A validation finding that a change of the portfolio introduced or fixed.
 *
 * @param introduced {@code true} if only the new version has it, {@code false} if only the old one had it
 * @param ruleId the rule that finds it
 * @param severity its severity
 * @param message its message
 * @param elementId the id of the element it concerns
 */
public record FindingChange(boolean introduced, String ruleId, FindingSeverity severity, String message,
        String elementId) {
}
