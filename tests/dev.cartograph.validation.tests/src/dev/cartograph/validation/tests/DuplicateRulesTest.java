// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static dev.cartograph.validation.tests.Checks.assertFindings;
import static dev.cartograph.validation.tests.Checks.assertOnly;
import static dev.cartograph.validation.tests.Checks.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.AiPattern;
import dev.cartograph.model.UseCase;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationReport;

/** Practice 4: one playbook, so the same idea found by two teams is noticed. */
class DuplicateRulesTest {

    @Test
    void theSameNameIgnoringCaseAccentsAndPunctuation() {
        Fixture f = Fixture.clean();
        UseCase copy = f.useCase("  invoice DATA-extraction ").on(f.receive).get();
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report, expect(BuiltInRules.USE_CASE_DUPLICATE_NAME, FindingSeverity.WARNING, copy,
                "\"  invoice DATA-extraction \" has the same name as \"Invoice data extraction\": merge them, or "
                        + "rename one to tell them apart."));
        assertEquals(List.of(f.extraction), report.findings().get(0).related());
    }

    @Test
    void accentsDoNotMakeADifference() {
        Fixture f = Fixture.clean();
        UseCase first = f.useCase("D\u00e9tection de fraude").on(f.receive).get();
        UseCase second = f.useCase("Detection de fraude").at(f.discovery).get();
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.USE_CASE_DUPLICATE_NAME,
                expect(BuiltInRules.USE_CASE_DUPLICATE_NAME, FindingSeverity.WARNING, second,
                        "\"Detection de fraude\" has the same name as \"D\u00e9tection de fraude\": merge them, or "
                                + "rename one to tell them apart."));
        assertEquals(List.of(), Checks.validate(f.portfolio).findingsFor(first));
    }

    @Test
    void threeOfTheSameNameGiveTwoFindingsAgainstTheFirst() {
        Fixture f = Fixture.clean();
        UseCase second = f.useCase("Invoice data extraction").on(f.receive).get();
        UseCase third = f.useCase("INVOICE DATA EXTRACTION").at(f.discovery).get();
        ValidationReport report = Checks.validate(f.portfolio);
        assertFindings(report, BuiltInRules.USE_CASE_DUPLICATE_NAME,
                expect(BuiltInRules.USE_CASE_DUPLICATE_NAME, FindingSeverity.WARNING, second,
                        "\"Invoice data extraction\" has the same name as \"Invoice data extraction\": merge them, "
                                + "or rename one to tell them apart."),
                expect(BuiltInRules.USE_CASE_DUPLICATE_NAME, FindingSeverity.WARNING, third,
                        "\"INVOICE DATA EXTRACTION\" has the same name as \"Invoice data extraction\": merge them, "
                                + "or rename one to tell them apart."));
        assertEquals(List.of(f.extraction), report.findingsFor(third).get(0).related());
    }

    @Test
    void theSameNameAndTheSameAnchorsIsSaidSo() {
        Fixture f = Fixture.clean();
        UseCase copy = f.useCase("Invoice data extraction!").on(f.extract).addresses(f.rekeying).get();
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_DUPLICATE_NAME, FindingSeverity.WARNING,
                copy, "\"Invoice data extraction!\" has the same name and the same anchors as \"Invoice data "
                        + "extraction\": it is probably the same use case; merge them."));
    }

    @Test
    void differentNamesAreNotDuplicates() {
        Fixture f = Fixture.clean();
        f.useCase("Invoice data validation").on(f.receive);
        f.useCase("Invoice data extraction 2").on(f.receive);
        assertOnly(Checks.validate(f.portfolio));
    }

    @Test
    void theSameAnchorsFrictionsAndPatternUnderAnotherName() {
        Fixture f = Fixture.clean();
        UseCase other = f.useCase("Automatic invoice capture").on(f.extract).addresses(f.rekeying).get();
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report, expect(BuiltInRules.USE_CASE_SAME_ANCHORS, FindingSeverity.INFO, other,
                "\"Automatic invoice capture\" addresses the same frictions at the same places with the same kind "
                        + "of AI as \"Invoice data extraction\": check that they are not the same use case under two "
                        + "names."));
        assertEquals(List.of(f.extraction), report.findings().get(0).related());
    }

    @Test
    void theOrderOfTheAnchorsDoesNotMatter() {
        Fixture f = Fixture.clean();
        f.useCase("Invoice reader").on(f.receive, f.extract).addresses(f.rekeying);
        UseCase second = f.useCase("Invoice scanner").on(f.extract, f.receive).addresses(f.rekeying).get();
        assertEquals(1, Checks.validate(f.portfolio).findingsFor(second).size());
    }

    @Test
    void anotherKindOfAiOrNoFrictionOrARejectedUseCaseIsNotAPossibleDuplicate() {
        Fixture f = Fixture.clean();
        f.useCase("Invoice routing").on(f.extract).addresses(f.rekeying).pattern(AiPattern.CLASSIFICATION_ROUTING);
        f.useCase("Receipt checker").on(f.receive);
        f.useCase("Receipt reader").on(f.receive);
        f.useCase("Old capture idea").on(f.extract).addresses(f.rekeying).rejected("Replaced");
        assertOnly(Checks.validate(f.portfolio));
    }
}
