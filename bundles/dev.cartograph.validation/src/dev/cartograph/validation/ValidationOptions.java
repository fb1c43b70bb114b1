// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to run a validation: the language of the messages, and per rule id a severity that
 * replaces the severity of all its findings, or its exclusion. Immutable; the {@code with*}
 * methods return modified copies.
 *
 * @param locale the language of the findings' messages
 * @param severities per rule id, the severity of all its findings (replacing the rule's own choice)
 * @param disabledRules the ids of the rules not to run
 */
public record ValidationOptions(Locale locale, Map<String, FindingSeverity> severities, Set<String> disabledRules) {

    /** Checks the arguments and copies the collections. */
    public ValidationOptions {
        Objects.requireNonNull(locale, "locale"); //$NON-NLS-1$
        severities = Map.copyOf(severities);
        disabledRules = Set.copyOf(disabledRules);
    }

    /** @return every rule at its own severity, messages in the default locale */
    public static ValidationOptions defaults() {
        return new ValidationOptions(Locale.getDefault(), Map.of(), Set.of());
    }

    /**
     * @param value the language of the messages
     * @return a copy with that locale
     */
    public ValidationOptions withLocale(Locale value) {
        return new ValidationOptions(value, severities, disabledRules);
    }

    /**
     * @param ruleId a rule id
     * @param severity the severity all its findings get
     * @return a copy with that override
     */
    public ValidationOptions withSeverity(String ruleId, FindingSeverity severity) {
        Map<String, FindingSeverity> copy = new HashMap<>(severities);
        copy.put(Objects.requireNonNull(ruleId), Objects.requireNonNull(severity));
        return new ValidationOptions(locale, copy, disabledRules);
    }

    /**
     * @param ruleId a rule id
     * @return a copy in which that rule does not run
     */
    public ValidationOptions withDisabled(String ruleId) {
        Set<String> copy = new HashSet<>(disabledRules);
        copy.add(Objects.requireNonNull(ruleId));
        return new ValidationOptions(locale, severities, copy);
    }

    /**
     * @param ruleId a rule id
     * @return whether that rule runs
     */
    public boolean isEnabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }
}
