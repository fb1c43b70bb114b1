// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationReport;

/** Runs the built-in rules on a portfolio and compares findings. */
final class Checks {

    static final ValidationOptions ENGLISH = ValidationOptions.defaults().withLocale(Locale.ENGLISH);

    private Checks() {
    }

    /** Validates with every built-in rule against the eight default criteria, messages in English. */
    static ValidationReport validate(Portfolio portfolio) {
        return new PortfolioValidation(RuleRegistry.withBuiltInRules()).validate(portfolio, TestCriteria.engine(),
                ENGLISH);
    }

    /** What a finding is expected to be. */
    record Expected(String ruleId, FindingSeverity severity, EObject element, String message) {
        static Expected of(Finding finding) {
            return new Expected(finding.ruleId(), finding.severity(), finding.element(), finding.message());
        }

        @Override
        public String toString() {
            String name = element instanceof NamedElement named ? named.getName() : element.eClass().getName();
            return ruleId + " " + severity + " on " + name + ": " + message;
        }
    }

    static Expected expect(String ruleId, FindingSeverity severity, EObject element, String message) {
        return new Expected(ruleId, severity, element, message);
    }

    /** Asserts the findings of one rule, in report order. */
    static void assertFindings(ValidationReport report, String ruleId, Expected... expected) {
        assertEquals(List.of(expected), report.findingsOf(ruleId).stream().map(Expected::of).toList());
    }

    /** Asserts every finding of the report, in report order. */
    static void assertOnly(ValidationReport report, Expected... expected) {
        assertEquals(List.of(expected), report.findings().stream().map(Expected::of).toList());
    }
}
