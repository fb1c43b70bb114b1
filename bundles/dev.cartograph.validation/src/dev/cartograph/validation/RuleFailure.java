// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

/**
 * A rule that could not be used: refused by the {@link RuleRegistry} (blank or duplicate id,
 * missing label or severity, a descriptive method that throws), or one whose check threw
 * during a validation. A rule that throws costs only its own findings: the other rules still run.
 *
 * @param ruleId the rule's id, possibly empty when it could not be read
 * @param contributor who contributed it (a bundle id), possibly empty
 * @param message the localised explanation
 */
public record RuleFailure(String ruleId, String contributor, String message) {
}
