// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal;

import java.util.List;
import java.util.Locale;

import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.RuleCheck;
import dev.cartograph.validation.ValidationContext;
import dev.cartograph.validation.ValidationRule;

/** A rule built by {@link dev.cartograph.validation.RuleBuilder}: fixed texts around a check. */
public final class DefinedRule implements ValidationRule {

    private final String id;
    private final String label;
    private final String description;
    private final FindingSeverity severity;
    private final String contributor;
    private final RuleCheck check;
    private final List<QuickFix> quickFixes;

    /**
     * @param id the id
     * @param label the localised label
     * @param description the localised description
     * @param severity the default severity
     * @param contributor the contributor
     * @param check the check
     * @param quickFixes the quick fixes
     */
    public DefinedRule(String id, String label, String description, FindingSeverity severity, String contributor,
            RuleCheck check, List<QuickFix> quickFixes) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.severity = severity;
        this.contributor = contributor;
        this.check = check;
        this.quickFixes = List.copyOf(quickFixes);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public FindingSeverity defaultSeverity() {
        return severity;
    }

    @Override
    public String label(Locale locale) {
        return label;
    }

    @Override
    public String description(Locale locale) {
        return description;
    }

    @Override
    public String contributor() {
        return contributor;
    }

    @Override
    public void check(ValidationContext context) {
        check.check(context);
    }

    @Override
    public List<QuickFix> quickFixes() {
        return quickFixes;
    }

    @Override
    public String toString() {
        return id;
    }
}
