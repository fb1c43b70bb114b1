// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.List;
import java.util.Locale;

/**
 * A check of a portfolio against the method. Rules are built in ({@link BuiltInRules}),
 * contributed by plug-ins (the {@code .service} bundle wraps each contribution, for example
 * with {@link #builder(String)} around a contributed {@link RuleCheck}) or written in code,
 * and collected in a {@link RuleRegistry}.
 * <p>
 * The descriptive methods must return the same values on every call. {@link #check} only reads
 * the model and reports through its {@link ValidationContext}; if it throws, the validation
 * records a {@link RuleFailure} naming the {@link #contributor()}, drops what the rule reported
 * during that call, and runs the other rules.
 */
public interface ValidationRule {

    /** @return the stable identifier, for example {@code usecase.unanchored}: kept in markers and settings */
    String id();

    /** @return the severity of its findings unless a finding or the {@link ValidationOptions} say otherwise */
    FindingSeverity defaultSeverity();

    /**
     * @param locale the locale
     * @return a short name, for example "Use case not anchored" (a contributed rule may ignore the locale)
     */
    String label(Locale locale);

    /**
     * @param locale the locale
     * @return what the rule checks and why, possibly empty
     */
    String description(Locale locale);

    /** @return who contributed the rule (a bundle id), named when it fails */
    String contributor();

    /**
     * Inspects the portfolio of the context and reports findings to it.
     *
     * @param context the portfolio, its scoring and where to report
     */
    void check(ValidationContext context);

    /**
     * @return the quick fixes this rule offers for its findings; each says whether it applies
     *         to a given finding (empty by default)
     */
    default List<QuickFix> quickFixes() {
        return List.of();
    }

    /**
     * Starts building a rule in code or around a contributed check.
     *
     * @param id the rule's identifier
     * @return a builder with defaults: label = id, empty description, severity warning, no
     *         check (the rule must be given one), no quick fix, contributor unknown
     */
    static RuleBuilder builder(String id) {
        return new RuleBuilder(id);
    }
}
