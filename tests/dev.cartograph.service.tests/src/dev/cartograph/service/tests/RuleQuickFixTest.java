// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationRule;

/**
 * The quick fixes of this bundle's working rule: one works and is undoable; the others (class
 * missing, of the wrong type, or throwing) cost only themselves and are reported once.
 */
class RuleQuickFixTest {

    private static final String RULE = "test-rule-working";

    private static ThisBundle.Opened opened;

    @BeforeAll
    static void open() {
        opened = new ThisBundle.Opened();
    }

    @AfterAll
    static void close() {
        opened.close();
    }

    @Test
    void theRuleDeclaresItsFourFixesWithTheLabelsOfItsPlugInXml() {
        ValidationRule rule = opened.validation().rules().find(RULE).orElseThrow();
        Finding finding = finding(Sample.rankable(opened.services.criteria()));
        assertEquals(List.of("Mark as checked", "Missing fix", "Throwing fix", "Not a fix"),
                rule.quickFixes().stream().map(fix -> fix.label(finding, Locale.ENGLISH)).toList());
    }

    @Test
    void onlyTheWorkingFixIsOfferedAndItsCommandCanBeUndone() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        UseCase useCase = Sample.useCase(portfolio);
        Finding finding = finding(portfolio);
        List<QuickFix> offered = opened.validation().validation().quickFixes(finding);
        assertEquals(1, offered.size(), offered::toString);
        assertEquals("Mark as checked", offered.get(0).label(finding, Locale.ENGLISH));

        EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        Command command = offered.get(0).createCommand(domain, finding);
        assertTrue(command.canExecute());
        domain.getCommandStack().execute(command);
        assertEquals("Claims triage assistant (checked)", useCase.getName());
        domain.getCommandStack().undo();
        assertEquals("Claims triage assistant", useCase.getName());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Missing fix  | Validation rule \"test-rule-working\": the quick fix class dev.cartograph.service.tests.DoesNotExist could not be created: ClassNotFoundException",
            "Throwing fix | Validation rule \"test-rule-working\": the quick fix \"Throwing fix\" failed: IllegalStateException: fix service down; it is not offered",
            "Not a fix    | Validation rule \"test-rule-working\": the quick fix class dev.cartograph.service.tests.SilentCheck does not implement dev.cartograph.validation.QuickFix"})
    void aBrokenFixIsNotOfferedHasNoCommandAndIsReportedOnce(String label, String message) {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        Finding finding = finding(portfolio);
        QuickFix fix = opened.validation().rules().find(RULE).orElseThrow().quickFixes().stream()
                .filter(each -> label.equals(each.label(finding, Locale.ENGLISH))).findFirst().orElseThrow();
        assertFalse(fix.isApplicable(finding));
        assertSame(UnexecutableCommand.INSTANCE, fix.createCommand(
                new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack()), finding));
        opened.validation().validation().quickFixes(finding);

        List<RuleFailure> failures = opened.validation().ruleFailures().stream()
                .filter(f -> f.message().startsWith(message)).toList();
        assertEquals(1, failures.size(), opened.validation().ruleFailures()::toString);
        assertEquals(new RuleFailure(RULE, ThisBundle.ID, failures.get(0).message()), failures.get(0));
        assertTrue(opened.errorsOfThisBundle().contains(failures.get(0).message()));
        assertEquals("Claims triage assistant", Sample.useCase(portfolio).getName(), "nothing was changed");
    }

    /** @return the working rule's finding on the sample use case */
    private static Finding finding(Portfolio portfolio) {
        ValidationOptions options = ValidationOptions.defaults().withLocale(Locale.ENGLISH);
        List<Finding> findings = opened.validation().validation()
                .validate(portfolio, opened.services.createEngine(), options).findingsOf(RULE);
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }
}
