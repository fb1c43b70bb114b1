// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.cartograph.validation.internal.DefinedRule;

/** Builds an immutable {@link ValidationRule} in code; see {@link ValidationRule#builder(String)}. */
public final class RuleBuilder {

    private final String id;
    private String label;
    private String description = ""; //$NON-NLS-1$
    private FindingSeverity severity = FindingSeverity.WARNING;
    private String contributor = ""; //$NON-NLS-1$
    private RuleCheck check;
    private final List<QuickFix> quickFixes = new ArrayList<>();

    RuleBuilder(String id) {
        this.id = Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        this.label = id;
    }

    /**
     * @param value the localised short name
     * @return this builder
     */
    public RuleBuilder label(String value) {
        this.label = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value the localised description
     * @return this builder
     */
    public RuleBuilder description(String value) {
        this.description = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value the default severity of the rule's findings
     * @return this builder
     */
    public RuleBuilder severity(FindingSeverity value) {
        this.severity = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value the contributor (a bundle id)
     * @return this builder
     */
    public RuleBuilder contributor(String value) {
        this.contributor = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value what the rule checks
     * @return this builder
     */
    public RuleBuilder check(RuleCheck value) {
        this.check = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value a quick fix the rule offers, in addition to those already given
     * @return this builder
     */
    public RuleBuilder quickFix(QuickFix value) {
        quickFixes.add(Objects.requireNonNull(value));
        return this;
    }

    /**
     * @return the immutable rule
     * @throws IllegalStateException if no check was given
     */
    public ValidationRule build() {
        if (check == null) {
            throw new IllegalStateException("A rule needs a check: " + id); //$NON-NLS-1$
        }
        return new DefinedRule(id, label, description, severity, contributor, check, quickFixes);
    }
}
