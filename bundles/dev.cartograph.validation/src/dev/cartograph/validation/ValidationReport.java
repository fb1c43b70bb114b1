// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.Portfolio;
import dev.cartograph.validation.internal.Messages;

/**
 * The outcome of validating a portfolio: its findings, most serious first and then in the
 * order of their elements in the model (then by rule, in registry order), and the rules that
 * failed. Immutable; derived views are computed on first use.
 */
public final class ValidationReport {

    private final Portfolio portfolio;
    private final Locale locale;
    private final List<Finding> findings;
    private final List<RuleFailure> failures;
    private final Map<FindingSeverity, Integer> counts = new EnumMap<>(FindingSeverity.class);
    private volatile Map<EObject, List<Finding>> byElement;

    ValidationReport(Portfolio portfolio, Locale locale, List<Finding> sortedFindings, List<RuleFailure> failures) {
        this.portfolio = portfolio;
        this.locale = locale;
        this.findings = Collections.unmodifiableList(new ArrayList<>(sortedFindings));
        this.failures = List.copyOf(failures);
        for (FindingSeverity severity : FindingSeverity.values()) {
            counts.put(severity, 0);
        }
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
    }

    /** @return the validated portfolio */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** @return the language of the messages */
    public Locale locale() {
        return locale;
    }

    /** @return every finding, sorted: by severity (errors first), then element order in the model, then rule */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the rules whose check threw during this validation, in registry order */
    public List<RuleFailure> failures() {
        return failures;
    }

    /**
     * @param severity a severity
     * @return how many findings have it
     */
    public int count(FindingSeverity severity) {
        return counts.get(severity);
    }

    /** @return the most serious severity found, empty when there is no finding */
    public Optional<FindingSeverity> highestSeverity() {
        return findings.isEmpty() ? Optional.empty() : Optional.of(findings.get(0).severity());
    }

    /**
     * Answers a command line's {@code --fail-on}: whether a finding is at least this serious.
     *
     * @param threshold the severity that fails
     * @return whether any finding has {@code threshold} or a more serious severity
     */
    public boolean hasFindingsAtLeast(FindingSeverity threshold) {
        return highestSeverity().map(s -> s.isAtLeast(threshold)).orElse(false);
    }

    /**
     * @param element a model element
     * @return the findings about it (as their element), in report order
     */
    public List<Finding> findingsFor(EObject element) {
        Map<EObject, List<Finding>> map = byElement;
        if (map == null) {
            map = new IdentityHashMap<>();
            for (Finding finding : findings) {
                map.computeIfAbsent(finding.element(), e -> new ArrayList<>(1)).add(finding);
            }
            byElement = map;
        }
        List<Finding> list = map.get(element);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /**
     * @param ruleId a rule id
     * @return that rule's findings, in report order
     */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * Turns the report into one EMF diagnostic: a summary (source {@link FindingDiagnostic#SOURCE},
     * code {@link FindingDiagnostic#SUMMARY}, the portfolio as datum) whose children are the
     * findings' diagnostics in report order, then one per failed rule (warning, code
     * {@link FindingDiagnostic#RULE_FAILURE}, data: the portfolio and the rule id).
     *
     * @return the diagnostic; its severity is the highest of its children, {@code OK} when empty
     */
    public Diagnostic toDiagnostic() {
        BasicDiagnostic root = new BasicDiagnostic(Diagnostic.OK, FindingDiagnostic.SOURCE, FindingDiagnostic.SUMMARY,
                Messages.format(locale, "Report_summary", String.valueOf(portfolio.getName()), //$NON-NLS-1$
                        count(FindingSeverity.ERROR), count(FindingSeverity.WARNING), count(FindingSeverity.INFO)),
                new Object[] { portfolio });
        for (Finding finding : findings) {
            root.add(finding.toDiagnostic());
        }
        for (RuleFailure failure : failures) {
            root.add(failureDiagnostic(portfolio, failure));
        }
        return root;
    }

    static Diagnostic failureDiagnostic(Portfolio portfolio, RuleFailure failure) {
        return new BasicDiagnostic(Diagnostic.WARNING, FindingDiagnostic.SOURCE, FindingDiagnostic.RULE_FAILURE,
                failure.message(), new Object[] { portfolio, failure.ruleId() });
    }
}
