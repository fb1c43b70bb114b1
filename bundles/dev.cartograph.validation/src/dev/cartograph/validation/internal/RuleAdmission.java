// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.cartograph.scoring.internal.text.Failures;
import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.ValidationRule;

/** Checks a rule before it enters the registry. */
public final class RuleAdmission {

    private RuleAdmission() {
    }

    /**
     * @param rule the contributed rule
     * @param installed the rules already installed, by id
     * @return the reason to refuse it, if any
     */
    public static Optional<RuleFailure> check(ValidationRule rule, Map<String, ValidationRule> installed) {
        if (rule == null) {
            return fail("", "", Messages.get("Registry_null")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String id = ""; //$NON-NLS-1$
        String contributor = ""; //$NON-NLS-1$
        try {
            contributor = String.valueOf(rule.contributor());
            id = rule.id();
            if (id == null || id.isBlank()) {
                return fail("", contributor, Messages.get("Registry_blankId")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (rule.contributor() == null || rule.label(Locale.getDefault()) == null
                    || rule.description(Locale.getDefault()) == null) {
                return fail(id, contributor, Messages.get("Registry_missingText", id)); //$NON-NLS-1$
            }
            if (rule.defaultSeverity() == null) {
                return fail(id, contributor, Messages.get("Registry_missingSeverity", id)); //$NON-NLS-1$
            }
        } catch (RuntimeException | LinkageError e) {
            return fail(id, contributor, Messages.get("Registry_threw", id, Failures.describe(e))); //$NON-NLS-1$
        }
        ValidationRule existing = installed.get(id);
        if (existing != null) {
            return fail(id, contributor, Messages.get("Registry_duplicate", id, existing.contributor())); //$NON-NLS-1$
        }
        return Optional.empty();
    }

    private static Optional<RuleFailure> fail(String id, String contributor, String message) {
        return Optional.of(new RuleFailure(id, contributor, message));
    }
}
