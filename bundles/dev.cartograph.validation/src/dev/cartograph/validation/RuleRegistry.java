// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cartograph.scoring.ContributionRegistry;
import dev.cartograph.scoring.internal.text.Failures;
import dev.cartograph.validation.internal.Messages;
import dev.cartograph.validation.internal.RuleAdmission;

/**
 * The installed validation rules, in registration order. Filled by code: by tests and the
 * command line directly, by the {@code .service} bundle from the extension registry, the same
 * way as criteria. Thread-safe; listeners are called on the thread that changed the registry,
 * after the change.
 * <p>
 * A rule is checked when added: a blank id, a missing label, severity or contributor, a
 * duplicate id, or a descriptive method that throws, is recorded as a {@link RuleFailure} and
 * the rule is not added. A rule or fix that throws while used is recorded the same way
 * ({@code recordFailure}).
 */
public final class RuleRegistry extends ContributionRegistry<ValidationRule, RuleFailure, RuleRegistry.Listener> {

    /** Told after rules are added or removed. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param registry the registry that changed
         */
        void rulesChanged(RuleRegistry registry);
    }

    /** Creates an empty registry. */
    public RuleRegistry() {
    }

    /** @return a new registry holding the {@linkplain BuiltInRules#all() built-in rules} */
    public static RuleRegistry withBuiltInRules() {
        RuleRegistry registry = new RuleRegistry();
        registry.addAll(BuiltInRules.all());
        return registry;
    }

    /** @return an immutable copy of the installed rules, in registration order */
    public List<ValidationRule> rules() {
        return contributions();
    }

    /**
     * Lists the quick fixes that apply to a finding: those its rule offers and says apply. A
     * rule or fix that throws while asked contributes none, and is recorded as a failure.
     *
     * @param finding a finding
     * @return the applicable fixes, in the rule's order; empty if its rule is not installed
     */
    public List<QuickFix> quickFixes(Finding finding) {
        Optional<ValidationRule> rule = find(finding.ruleId());
        if (rule.isEmpty()) {
            return List.of();
        }
        try {
            List<QuickFix> fixes = new ArrayList<>();
            for (QuickFix fix : rule.get().quickFixes()) {
                if (fix.isApplicable(finding)) {
                    fixes.add(fix);
                }
            }
            return List.copyOf(fixes);
        } catch (RuntimeException | LinkageError e) {
            recordFailure(new RuleFailure(finding.ruleId(), String.valueOf(rule.get().contributor()),
                    Messages.get("Failure_quickFixes", finding.ruleId(), Failures.describe(e)))); //$NON-NLS-1$
            return List.of();
        }
    }

    @Override
    protected Optional<RuleFailure> check(ValidationRule rule, Map<String, ValidationRule> installed) {
        return RuleAdmission.check(rule, installed);
    }

    @Override
    protected String idOf(ValidationRule rule) {
        return rule.id();
    }

    @Override
    protected void tell(Listener listener) {
        listener.rulesChanged(this);
    }
}
