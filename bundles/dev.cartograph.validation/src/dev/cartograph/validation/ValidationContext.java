// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;

/**
 * What a rule sees while it checks a portfolio, and where it reports. One context per rule
 * and validation; not thread-safe. Reported findings take the rule's id; their severity is the
 * one the {@link ValidationOptions} give the rule if any, else the one reported.
 */
public final class ValidationContext {

    private final Portfolio portfolio;
    private final ScoringResult scoring;
    private final Locale locale;
    private final ValidationRule rule;
    private final FindingSeverity severity;
    private final FindingSeverity override;
    private final List<Finding> findings = new ArrayList<>();

    ValidationContext(Portfolio portfolio, ScoringResult scoring, Locale locale, ValidationRule rule,
            FindingSeverity severity, FindingSeverity override) {
        this.portfolio = portfolio;
        this.scoring = scoring;
        this.locale = locale;
        this.rule = rule;
        this.severity = severity;
        this.override = override;
    }

    /** @return the portfolio being validated */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** @return the scoring of that portfolio, against the installed criteria */
    public ScoringResult scoring() {
        return scoring;
    }

    /**
     * @param useCase a use case of the portfolio
     * @return how it scores, if it was in the portfolio when scored
     */
    public Optional<UseCaseScore> score(UseCase useCase) {
        return scoring.find(useCase);
    }

    /** @return the language the messages must be written in */
    public Locale locale() {
        return locale;
    }

    /** @return the rule being run */
    public ValidationRule rule() {
        return rule;
    }

    /**
     * Reports a finding at the rule's severity.
     *
     * @param element the element it concerns
     * @param message the explanation for a business user, in {@link #locale()}
     * @param related other elements involved
     */
    public void report(EObject element, String message, EObject... related) {
        report(severity, element, message, Arrays.asList(related));
    }

    /**
     * Reports a finding at a given severity; see {@link #report(FindingSeverity, EObject, String, List)}.
     *
     * @param findingSeverity the severity, unless the options force the rule's severity
     * @param element the element it concerns
     * @param message the explanation for a business user, in {@link #locale()}
     * @param related other elements involved
     */
    public void report(FindingSeverity findingSeverity, EObject element, String message, EObject... related) {
        report(findingSeverity, element, message, Arrays.asList(related));
    }

    /**
     * Reports a finding at a given severity, for a rule whose findings are more or less serious
     * depending on the element (for example on the use case's status).
     *
     * @param findingSeverity the severity, unless the options force the rule's severity
     * @param element the element it concerns
     * @param message the explanation for a business user, in {@link #locale()}
     * @param related other elements involved ({@code null} ones are left out)
     */
    public void report(FindingSeverity findingSeverity, EObject element, String message,
            List<? extends EObject> related) {
        FindingSeverity actual = override != null ? override : findingSeverity;
        List<EObject> present = new ArrayList<>(related.size());
        for (EObject other : related) {
            if (other != null) {
                present.add(other);
            }
        }
        findings.add(new Finding(rule.id(), actual, message, element, present));
    }

    /** @return what the rule reported, in order */
    List<Finding> findings() {
        return findings;
    }
}
