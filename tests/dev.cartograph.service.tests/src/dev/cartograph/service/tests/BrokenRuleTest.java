// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationReport;
import dev.cartograph.validation.ValidationRule;

/**
 * This bundle's broken rules (see its plugin.xml): each is reported as a failure naming this
 * bundle, logged against it, and costs only itself; every other rule still runs.
 */
class BrokenRuleTest {

    private static final String UNANCHORED = "\"Claims triage assistant\" is not attached to any workflow step or "
            + "journey stage: attach it where it would help, or it remains a brainstormed idea.";

    private static ThisBundle.Opened opened;
    private static Portfolio portfolio;
    private static ValidationReport report;

    @BeforeAll
    static void openAndValidate() {
        opened = new ThisBundle.Opened();
        portfolio = Sample.rankable(opened.services.criteria());
        Sample.rescore(Sample.useCase(portfolio), "ai-act-risk", 3);
        report = validate(portfolio);
    }

    @AfterAll
    static void close() {
        opened.close();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "''                          | A validation rule has no id",
            "test rule                   | Validation rule \"test rule\": an id may only contain letters, digits, dots, hyphens and underscores, and starts with a letter or a digit",
            "usecase.unanchored          | The id \"usecase.unanchored\" is already contributed by dev.cartograph.validation",
            "test-rule-duplicate         | The id \"test-rule-duplicate\" is already contributed by dev.cartograph.service.tests",
            "test-rule-bad-severity      | Validation rule \"test-rule-bad-severity\": severity \"fatal\" is none of error, warning and info",
            "test-rule-capital-severity  | Validation rule \"test-rule-capital-severity\": severity \"Error\" is none of error, warning and info",
            "test-rule-no-label          | Validation rule \"test-rule-no-label\" lacks the required attribute label",
            "test-rule-no-class          | Validation rule \"test-rule-no-class\" lacks the required attribute class",
            "test-rule-fix-without-class | Validation rule \"test-rule-fix-without-class\": a quick fix lacks the required attribute class",
            "test-rule-fix-without-label | Validation rule \"test-rule-fix-without-label\": a quick fix lacks the required attribute label",
            "''                          | Unexpected element <rules> in a contribution to dev.cartograph.validationRules; it is ignored"})
    void anInvalidDefinitionIsRefusedReportedAndLoggedAgainstItsBundle(String id, String message) {
        RuleFailure expected = new RuleFailure(id, ThisBundle.ID, message);
        assertTrue(opened.validation().ruleFailures().contains(expected), opened.validation().ruleFailures()::toString);
        assertTrue(opened.validation().rules().failures().contains(expected), "recorded in the registry too");
        assertTrue(opened.errorsOfThisBundle().contains(message), opened.errorsOfThisBundle()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "test rule", "test-rule-bad-severity", "test-rule-capital-severity", "test-rule-no-label",
            "test-rule-no-class", "test-rule-fix-without-class", "test-rule-fix-without-label", "test-rule-misspelt" })
    void anInvalidDefinitionIsNotInstalled(String id) {
        assertTrue(opened.validation().rules().find(id).isEmpty());
    }

    @Test
    void ofTwoRulesWithTheSameIdTheFirstIsKeptAndABuiltInRuleCannotBeReplaced() {
        assertEquals("First of two", opened.validation().rules().find("test-rule-duplicate").orElseThrow()
                .label(Locale.ENGLISH));
        ValidationRule unanchored = opened.validation().rules().find(BuiltInRules.USE_CASE_UNANCHORED).orElseThrow();
        assertEquals(ThisBundle.VALIDATION, unanchored.contributor());
        assertEquals("Use case not anchored", unanchored.label(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "test-rule-missing-class       | Validation rule \"test-rule-missing-class\": the class dev.cartograph.service.tests.DoesNotExist could not be created: ClassNotFoundException: ",
            "test-rule-failing-constructor | Validation rule \"test-rule-failing-constructor\": the class dev.cartograph.service.tests.FailingConstructorCheck could not be created: IllegalStateException: no rule licence",
            "test-rule-not-a-check         | Validation rule \"test-rule-not-a-check\": the class dev.cartograph.service.tests.MarkCheckedFix does not implement dev.cartograph.validation.RuleCheck"})
    void aClassThatCannotBeUsedIsReportedOnceWhenTheRuleFirstRuns(String id, String message) {
        validate(portfolio);
        List<RuleFailure> failures = opened.validation().ruleFailures().stream().filter(f -> f.ruleId().equals(id))
                .toList();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(ThisBundle.ID, failures.get(0).contributor());
        assertTrue(failures.get(0).message().startsWith(message), failures.get(0).message());
        assertTrue(opened.errorsOfThisBundle().contains(failures.get(0).message()));
        assertTrue(opened.validation().rules().find(id).isPresent(), "installed: its definition is valid");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "test-rule-missing-class       | The rule test-rule-missing-class (from dev.cartograph.service.tests) failed and could not check the portfolio: ContributionException: Validation rule \"test-rule-missing-class\": the class dev.cartograph.service.tests.DoesNotExist could not be created: ClassNotFoundException",
            "test-rule-failing-constructor | The rule test-rule-failing-constructor (from dev.cartograph.service.tests) failed and could not check the portfolio: ContributionException: Validation rule \"test-rule-failing-constructor\": the class",
            "test-rule-not-a-check         | The rule test-rule-not-a-check (from dev.cartograph.service.tests) failed and could not check the portfolio: ContributionException: ",
            "test-rule-throwing            | The rule test-rule-throwing (from dev.cartograph.service.tests) failed and could not check the portfolio: IllegalStateException: policy server unreachable"})
    void aRuleThatCannotRunIsReportedInEveryValidationWithItsBundle(String id, String message) {
        List<RuleFailure> failures = report.failures().stream().filter(f -> f.ruleId().equals(id)).toList();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(ThisBundle.ID, failures.get(0).contributor());
        assertTrue(failures.get(0).message().startsWith(message), failures.get(0).message());
        assertEquals(List.of(), report.findingsOf(id), "what a failing rule reported is dropped");
    }

    @Test
    void everyOtherRuleStillRuns() {
        UseCase useCase = Sample.useCase(portfolio);
        List<Finding> unanchored = report.findingsOf(BuiltInRules.USE_CASE_UNANCHORED);
        assertEquals(1, unanchored.size(), unanchored::toString);
        assertEquals(UNANCHORED, unanchored.get(0).message());
        assertEquals(1, report.findingsOf("example.aiActHighRiskWithoutComplianceNotes").size());
        List<Finding> seen = report.findingsOf("test-rule-working");
        assertEquals(1, seen.size(), seen::toString);
        assertEquals(useCase, seen.get(0).element());
        assertEquals(FindingSeverity.INFO, seen.get(0).severity());
        assertEquals(EveryUseCaseCheck.MESSAGE, seen.get(0).message());
        assertEquals(Set.of("test-rule-missing-class", "test-rule-failing-constructor", "test-rule-not-a-check",
                "test-rule-throwing"), report.failures().stream().map(RuleFailure::ruleId).collect(Collectors.toSet()));
    }

    @Test
    void aThrowingCheckIsLoggedOnceNotOnEveryValidation() {
        validate(portfolio);
        validate(portfolio);
        long logged = opened.statuses().stream().filter(s -> s.getException() != null
                && ThrowingCheck.MESSAGE.equals(s.getException().getMessage())).count();
        assertEquals(1, logged, "the first exception is logged, the others are in the reports only");
    }

    @Test
    void noFailureIsBlamedOnAnotherBundle() {
        assertEquals(Set.of(ThisBundle.ID), opened.validation().ruleFailures().stream().map(RuleFailure::contributor)
                .collect(Collectors.toSet()));
        assertEquals(Set.of(ThisBundle.ID),
                report.failures().stream().map(RuleFailure::contributor).collect(Collectors.toSet()));
    }

    private static ValidationReport validate(Portfolio portfolio) {
        return opened.validation().validation().validate(portfolio, opened.services.createEngine(),
                ValidationOptions.defaults().withLocale(Locale.ENGLISH));
    }
}
