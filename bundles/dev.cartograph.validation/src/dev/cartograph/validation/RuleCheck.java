// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

/**
 * The checking part of a rule, for a rule built with {@link ValidationRule#builder(String)}:
 * what a plug-in implements when its rule's id, label and severity are declared elsewhere
 * (for example in {@code plugin.xml}).
 */
@FunctionalInterface
public interface RuleCheck {

    /**
     * Inspects the portfolio of the context and reports findings to it; see
     * {@link ValidationRule#check(ValidationContext)}.
     *
     * @param context the portfolio, its scoring and where to report
     */
    void check(ValidationContext context);
}
