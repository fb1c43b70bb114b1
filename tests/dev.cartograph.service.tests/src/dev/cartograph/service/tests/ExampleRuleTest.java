// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationRule;

/**
 * The rules a user gets: the built-in ones, then the example plug-in's rule on its own
 * criterion, a high-risk AI system must have compliance notes.
 */
class ExampleRuleTest {

    private static final String ID = "example.aiActHighRiskWithoutComplianceNotes";
    private static final String HIGH_RISK = "\"Claims triage assistant\" is rated 3 out of 4 on the EU AI Act risk scale "
            + "(high risk) but its business case has no compliance notes: record how the system will meet the "
            + "obligations of a high-risk AI system (risk management, data governance, human oversight, conformity "
            + "assessment, registration).";
    private static final String UNACCEPTABLE_WITHOUT_BUSINESS_CASE = "\"Claims triage assistant\" is rated 4 out of "
            + "4 on the EU AI Act risk scale (unacceptable: prohibited in the EU) but has no business case: write one "
            + "whose compliance notes say how it is re-scoped to a lawful use, or reject it.";
    private static final String HIGH_RISK_FRENCH = "\u00ab\u00a0Claims triage assistant\u00a0\u00bb est not\u00e9 "
            + "3,5 sur 4 sur l\u2019\u00e9chelle de risque de l\u2019AI Act (haut risque) mais son dossier d\u2019opportunit\u00e9 "
            + "n\u2019a pas de notes de conformit\u00e9\u00a0: consignez comment le syst\u00e8me remplira les "
            + "obligations d\u2019un syst\u00e8me d\u2019IA \u00e0 haut risque (gestion des risques, gouvernance des "
            + "donn\u00e9es, contr\u00f4le humain, \u00e9valuation de la conformit\u00e9, enregistrement).";

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
    void theBuiltInRulesComeFirstInTheirOrderThenTheContributedOnes() {
        List<ValidationRule> rules = opened.validation().rules().rules();
        List<String> builtIn = BuiltInRules.all().stream().map(ValidationRule::id).toList();
        assertEquals(34, builtIn.size(), "the rules RULES.md lists");
        int n = builtIn.size();
        assertEquals(builtIn, rules.subList(0, n).stream().map(ValidationRule::id).toList());
        assertTrue(rules.subList(0, n).stream().allMatch(r -> ThisBundle.VALIDATION.equals(r.contributor())));
        List<String> contributors = rules.subList(n, rules.size()).stream().map(ValidationRule::contributor)
                .distinct().sorted().toList();
        assertEquals(List.of(ThisBundle.EXAMPLE, ThisBundle.ID), contributors);
    }

    @Test
    void isInstalledFromTheExamplePlugInWithItsTexts() {
        ValidationRule rule = opened.validation().rules().find(ID).orElseThrow();
        assertEquals("High-risk AI system without compliance notes", rule.label(Locale.ENGLISH));
        assertTrue(rule.description(Locale.ENGLISH).startsWith("A use case rated high risk (3) or unacceptable (4)"),
                rule.description(Locale.ENGLISH));
        assertEquals(FindingSeverity.WARNING, rule.defaultSeverity());
        assertEquals(ThisBundle.EXAMPLE, rule.contributor());
        assertEquals(List.of(), rule.quickFixes());
        assertTrue(opened.validation().ruleFailures().stream().noneMatch(f -> ThisBundle.EXAMPLE.equals(f.contributor())),
                opened.validation().ruleFailures()::toString);
    }

    @Test
    void aUseCaseRatedLimitedRiskNeedsNoComplianceNotes() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria()); // ai-act-risk 2, no compliance notes
        assertEquals(List.of(), findings(portfolio, options()));
    }

    @Test
    void aHighRiskUseCaseWithoutComplianceNotesIsReportedOnItsBusinessCase() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        UseCase useCase = Sample.useCase(portfolio);
        Sample.rescore(useCase, "ai-act-risk", 3);
        List<Finding> findings = findings(portfolio, options());
        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(FindingSeverity.WARNING, finding.severity());
        assertEquals(useCase.getBusinessCase(), finding.element());
        assertEquals(List.of(useCase), finding.related());
        assertEquals(HIGH_RISK, finding.message());
    }

    @Test
    void complianceNotesSatisfyTheRule() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        UseCase useCase = Sample.useCase(portfolio);
        Sample.rescore(useCase, "ai-act-risk", 3);
        useCase.getBusinessCase().setComplianceNotes("   ");
        assertEquals(1, findings(portfolio, options()).size(), "blank notes are no notes");
        useCase.getBusinessCase().setComplianceNotes("Conformity assessment planned with the notified body in Q3.");
        assertEquals(List.of(), findings(portfolio, options()));
    }

    @Test
    void aProhibitedUseCaseWithoutBusinessCaseIsReportedOnTheUseCase() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        UseCase useCase = Sample.useCase(portfolio);
        Sample.rescore(useCase, "ai-act-risk", 4);
        useCase.setBusinessCase(null);
        List<Finding> findings = findings(portfolio, options());
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(useCase, findings.get(0).element());
        assertEquals(List.of(), findings.get(0).related());
        assertEquals(UNACCEPTABLE_WITHOUT_BUSINESS_CASE, findings.get(0).message());
    }

    @Test
    void theRatingIsTheAssessorsAggregatedScoreAndTheMessageFollowsTheLocale() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        UseCase useCase = Sample.useCase(portfolio);
        Sample.rescore(useCase, "ai-act-risk", 3);
        Sample.score(useCase, "ai-act-risk", 4);
        useCase.getScores().get(useCase.getScores().size() - 1).setAssessor("Second assessor");
        // the median of 3 and 4 is 3.5: high risk, not yet unacceptable
        List<Finding> findings = findings(portfolio, options().withLocale(Locale.FRENCH));
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(HIGH_RISK_FRENCH, findings.get(0).message());
    }

    @Test
    void aRejectedUseCaseOrADisabledCriterionRaisesNothing() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        UseCase useCase = Sample.useCase(portfolio);
        Sample.rescore(useCase, "ai-act-risk", 4);
        useCase.setStatus(UseCaseStatus.REJECTED);
        useCase.setRejectionReason("Social scoring is prohibited");
        assertEquals(List.of(), findings(portfolio, options()));

        useCase.setStatus(UseCaseStatus.QUALIFIED);
        assertEquals(1, findings(portfolio, options()).size());
        Sample.setting(portfolio, "ai-act-risk").setEnabled(false);
        assertEquals(List.of(), findings(portfolio, options()), "the portfolio does not use the criterion");
    }

    @Test
    void theUserCanChangeItsSeverityOrDisableIt() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        Sample.rescore(Sample.useCase(portfolio), "ai-act-risk", 3);
        assertEquals(FindingSeverity.ERROR,
                findings(portfolio, options().withSeverity(ID, FindingSeverity.ERROR)).get(0).severity());
        assertEquals(List.of(), findings(portfolio, options().withDisabled(ID)));
    }

    private static ValidationOptions options() {
        return Sample.withoutTestRules(opened.validation().rules());
    }

    private static List<Finding> findings(Portfolio portfolio, ValidationOptions options) {
        return opened.validation().validation().validate(portfolio, opened.services.createEngine(), options)
                .findingsOf(ID);
    }
}
