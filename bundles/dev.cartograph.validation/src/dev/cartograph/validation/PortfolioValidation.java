// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.internal.text.Failures;
import dev.cartograph.validation.internal.FindingOrder;
import dev.cartograph.validation.internal.Messages;

/**
 * Validates portfolios against the installed rules: the entry point of the command line
 * ({@code cartograph validate}), of the workbench's markers and of benchmarks. Reads the model,
 * never changes it; plain and synchronous (a UI calls it off the UI thread). Thread-safe as
 * long as the model does not change during a call. A rule that throws is reported in
 * {@link ValidationReport#failures()} and the other rules still run.
 */
public final class PortfolioValidation {

    private final RuleRegistry rules;

    /**
     * @param rules the installed rules (for example {@link RuleRegistry#withBuiltInRules()})
     */
    public PortfolioValidation(RuleRegistry rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /** @return the installed rules */
    public RuleRegistry rules() {
        return rules;
    }

    /**
     * Scores the portfolio, then validates it.
     *
     * @param portfolio the portfolio
     * @param engine the engine holding the installed criteria
     * @param options locale, severities, disabled rules
     * @return the report
     * @throws RuntimeException what the engine throws if the portfolio cannot be scored at all
     */
    public ValidationReport validate(Portfolio portfolio, ScoringEngine engine, ValidationOptions options) {
        return validate(portfolio, engine.score(portfolio), options);
    }

    /**
     * Validates a portfolio with a scoring already computed (for example a scoring session's
     * current result).
     *
     * @param portfolio the portfolio
     * @param scoring the scoring of that portfolio in its current state
     * @param options locale, severities, disabled rules
     * @return the report
     * @throws IllegalArgumentException if the scoring is of another portfolio
     */
    public ValidationReport validate(Portfolio portfolio, ScoringResult scoring, ValidationOptions options) {
        if (scoring.portfolio() != portfolio) {
            throw new IllegalArgumentException("The scoring result is of another portfolio"); //$NON-NLS-1$
        }
        List<ValidationRule> installed = rules.rules();
        Map<String, Integer> ruleOrder = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (ValidationRule rule : installed) {
            String id = rule.id();
            ruleOrder.put(id, ruleOrder.size());
            if (options.isEnabled(id)) {
                run(rule, portfolio, scoring, options, findings, failures);
            }
        }
        List<Finding> sorted = FindingOrder.sort(portfolio, findings, ruleOrder);
        return new ValidationReport(portfolio, options.locale(), sorted, failures);
    }

    /**
     * @param finding a finding
     * @return the quick fixes that apply to it; see {@link RuleRegistry#quickFixes(Finding)}
     */
    public List<QuickFix> quickFixes(Finding finding) {
        return rules.quickFixes(finding);
    }

    private static void run(ValidationRule rule, Portfolio portfolio, ScoringResult scoring, ValidationOptions options,
            List<Finding> findings, List<RuleFailure> failures) {
        String contributor = ""; //$NON-NLS-1$
        try {
            contributor = String.valueOf(rule.contributor());
            FindingSeverity severity = Objects.requireNonNull(rule.defaultSeverity(), "defaultSeverity"); //$NON-NLS-1$
            ValidationContext context = new ValidationContext(portfolio, scoring, options.locale(), rule, severity,
                    options.severities().get(rule.id()));
            rule.check(context);
            findings.addAll(context.findings());
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            failures.add(new RuleFailure(rule.id(), contributor, Messages.format(options.locale(), "Failure_threw", //$NON-NLS-1$
                    rule.id(), contributor, Failures.describe(e))));
        }
    }
}
