// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.cartograph.validation.internal.Failures;
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
 * the rule is not added.
 */
public final class RuleRegistry {

    /** Told after rules are added or removed. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param registry the registry that changed
         */
        void rulesChanged(RuleRegistry registry);
    }

    private final Map<String, ValidationRule> rules = new LinkedHashMap<>();
    private final List<RuleFailure> failures = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** @return a new registry holding the {@linkplain BuiltInRules#all() built-in rules} */
    public static RuleRegistry withBuiltInRules() {
        RuleRegistry registry = new RuleRegistry();
        registry.addAll(BuiltInRules.all());
        return registry;
    }

    /**
     * Adds a rule after checking it.
     *
     * @param rule the rule
     * @return {@code true} if added; {@code false} if invalid or its id is taken (recorded as a failure)
     */
    public boolean add(ValidationRule rule) {
        synchronized (this) {
            Optional<RuleFailure> problem = RuleAdmission.check(rule, rules);
            if (problem.isPresent()) {
                failures.add(problem.get());
                return false;
            }
            rules.put(rule.id(), rule);
        }
        fireChanged();
        return true;
    }

    /**
     * Adds several rules, checking each, and tells the listeners once.
     *
     * @param contributed the rules, in order
     * @return how many were added; the others are recorded as failures
     */
    public int addAll(Collection<? extends ValidationRule> contributed) {
        int added = 0;
        synchronized (this) {
            for (ValidationRule rule : contributed) {
                Optional<RuleFailure> problem = RuleAdmission.check(rule, rules);
                if (problem.isPresent()) {
                    failures.add(problem.get());
                } else {
                    rules.put(rule.id(), rule);
                    added++;
                }
            }
        }
        if (added > 0) {
            fireChanged();
        }
        return added;
    }

    /**
     * @param id a rule id
     * @return the removed rule, if there was one
     */
    public Optional<ValidationRule> remove(String id) {
        ValidationRule removed;
        synchronized (this) {
            removed = rules.remove(id);
        }
        if (removed != null) {
            fireChanged();
        }
        return Optional.ofNullable(removed);
    }

    /**
     * @param id a rule id
     * @return the rule with that id, if installed
     */
    public synchronized Optional<ValidationRule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** @return an immutable copy of the installed rules, in registration order */
    public synchronized List<ValidationRule> rules() {
        return List.copyOf(rules.values());
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

    /**
     * Records a failure found outside the registry: a contribution the extension reader could
     * not instantiate, or a rule that threw during a validation.
     *
     * @param failure the failure
     */
    public synchronized void recordFailure(RuleFailure failure) {
        failures.add(failure);
    }

    /** @return an immutable copy of the recorded failures, oldest first */
    public synchronized List<RuleFailure> failures() {
        return List.copyOf(failures);
    }

    /** Forgets the recorded failures. */
    public synchronized void clearFailures() {
        failures.clear();
    }

    /**
     * @param listener told after each change
     */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * @param listener a listener previously added
     */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        for (Listener listener : listeners) {
            listener.rulesChanged(this);
        }
    }
}
