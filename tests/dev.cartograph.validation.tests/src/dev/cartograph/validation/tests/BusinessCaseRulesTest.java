// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static dev.cartograph.validation.tests.Checks.assertFindings;
import static dev.cartograph.validation.tests.Checks.assertOnly;
import static dev.cartograph.validation.tests.Checks.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationReport;

/** Practice 5: every candidate becomes a measurable, scored, one-page business case. */
class BusinessCaseRulesTest {

    private static final String NO_QUICK_WIN = "The external use case \"Proactive claim status updates\" is planned "
            + "in \"Wave 2\" while no internal quick win is planned: plan an internal quick win first.";

    private Locale saved;

    @BeforeEach
    void englishGateMessages() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void aBusinessCaseNotScoredOnTheWholeGridIsAWarning() {
        Fixture f = Fixture.clean();
        remove(f.statusUpdates, TestCriteria.COMPLIANCE_RISK);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_CRITERION_UNSCORED,
                FindingSeverity.WARNING, f.statusUpdates, "\"Proactive claim status updates\" (business case) has no "
                        + "score on: Compliance and operational risk. Score it on the whole grid so that it can be "
                        + "compared with the others."));
    }

    @Test
    void anApprovedUseCaseNotScoredOnTheWholeGridIsAnError() {
        Fixture f = Fixture.clean();
        remove(f.extraction, TestCriteria.STRATEGIC_VALUE);
        remove(f.extraction, TestCriteria.BRAND_IMPACT);
        // unranked, the internal quick win no longer counts as one: the external use case is now too early
        assertOnly(Checks.validate(f.portfolio),
                expect(BuiltInRules.USE_CASE_CRITERION_UNSCORED, FindingSeverity.ERROR, f.extraction,
                        "\"Invoice data extraction\" (approved) has no score on: Strategic business value, Brand "
                                + "impact. Score it on the whole grid so that it can be compared with the others."),
                expect(BuiltInRules.ROADMAP_EXTERNAL_BEFORE_INTERNAL_QUICK_WIN, FindingSeverity.WARNING,
                        f.statusUpdates, NO_QUICK_WIN));
    }

    @Test
    void aComputedValueCountsAsScoredAndIdeasMayBeIncomplete() {
        Fixture f = Fixture.clean();
        remove(f.extraction, TestCriteria.FINANCIAL_POTENTIAL); // computed from 300k cost avoided: level 3
        f.useCase("Half-scored idea").on(f.receive).score(TestCriteria.STRATEGIC_VALUE, 3);
        assertOnly(Checks.validate(f.portfolio));
    }

    @Test
    void withPartialRankingAnIdeaRankedOnPartialScoresNamesWhatItLacks() {
        Fixture f = Fixture.clean();
        f.portfolio.getScoring().setPartialRanking(true);
        UseCase idea = f.useCase("Half-scored idea").on(f.receive).score(TestCriteria.STRATEGIC_VALUE, 2)
                .score(TestCriteria.CUSTOMER_EXPERIENCE, 2).score(TestCriteria.INITIATIVE_ALIGNMENT, 2)
                .score(TestCriteria.DATA_PROCESS_MATURITY, 2).score(TestCriteria.TECHNICAL_COMPLEXITY, 4).get();
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_RANKED_ON_PARTIAL_SCORES,
                FindingSeverity.WARNING, idea, "\"Half-scored idea\" is ranked on partial scores (5 of 8 criteria): "
                        + "no score on Financial potential, Brand impact, Compliance and operational risk. Score it "
                        + "there so that its rank rests on the whole grid."));
        // ranking strictly, an idea may be incomplete
        f.portfolio.getScoring().setPartialRanking(false);
        assertOnly(Checks.validate(f.portfolio));
    }

    @Test
    void aBusinessCaseRankedOnPartialScoresIsReportedOnceAsNotScoredOnTheWholeGrid() {
        Fixture f = Fixture.clean();
        f.portfolio.getScoring().setPartialRanking(true);
        remove(f.statusUpdates, TestCriteria.COMPLIANCE_RISK);
        ValidationReport report = Checks.validate(f.portfolio);
        assertFindings(report, BuiltInRules.USE_CASE_RANKED_ON_PARTIAL_SCORES);
        assertEquals(List.of(f.statusUpdates), report.findingsOf(BuiltInRules.USE_CASE_CRITERION_UNSCORED).stream()
                .map(Finding::element).toList());
    }

    @Test
    void scoresWithoutRationaleOfABusinessCaseAreAWarning() {
        Fixture f = Fixture.clean();
        score(f.statusUpdates, TestCriteria.CUSTOMER_EXPERIENCE).setRationale(null);
        score(f.statusUpdates, TestCriteria.COMPLIANCE_RISK).setRationale("  ");
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report, expect(BuiltInRules.USE_CASE_SCORE_WITHOUT_RATIONALE, FindingSeverity.WARNING,
                f.statusUpdates, "2 scores of \"Proactive claim status updates\" have no rationale: Customer "
                        + "experience impact by Ana, Compliance and operational risk by Ana. Say why, so that "
                        + "others can check the assessment."));
        assertEquals(List.of(score(f.statusUpdates, TestCriteria.CUSTOMER_EXPERIENCE),
                score(f.statusUpdates, TestCriteria.COMPLIANCE_RISK)), report.findings().get(0).related());
    }

    @Test
    void aScoreWithoutRationaleOfAnIdeaIsInformation() {
        Fixture f = Fixture.clean();
        UseCase idea = f.useCase("Claim photo triage").at(f.support).get();
        Fixture.score(idea, TestCriteria.STRATEGIC_VALUE, 3, null);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_SCORE_WITHOUT_RATIONALE,
                FindingSeverity.INFO, idea, "One score of \"Claim photo triage\" has no rationale: Strategic business "
                        + "value. Say why, so that others can check the assessment."));
    }

    @Test
    void rejectedUseCasesAndUnknownCriteriaAreNotAskedForRationales() {
        Fixture f = Fixture.clean();
        UseCase dropped = f.useCase("Dropped").at(f.support).rejected("No data").get();
        Fixture.score(dropped, TestCriteria.STRATEGIC_VALUE, 3, "Ana");
        Fixture.score(f.extraction, "sustainability", 3, "Ana");
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.USE_CASE_SCORE_WITHOUT_RATIONALE);
    }

    @Test
    void aScoreOutsideItsScale() {
        Fixture f = Fixture.clean();
        Score seven = Fixture.score(f.extraction, TestCriteria.STRATEGIC_VALUE, 7, "Ben");
        seven.setRationale("Typed 7 for 4");
        Fixture.score(f.extraction, TestCriteria.BRAND_IMPACT, 5, "Ben").setRationale("Top of the scale");
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.SCORE_OUT_OF_SCALE, FindingSeverity.WARNING, seven,
                "The score 7 given to \"Invoice data extraction\" on Strategic business value is outside the scale "
                        + "from 1 to 5: it is ignored."));
    }

    @Test
    void aUseCaseAtTheBusinessCaseWithoutOne() {
        Fixture f = Fixture.clean();
        f.statusUpdates.setBusinessCase(null);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_MISSING_BUSINESS_CASE,
                FindingSeverity.WARNING, f.statusUpdates, "\"Proactive claim status updates\" (business case) has "
                        + "no business case: write its one-page business case (problem, solution, KPIs, costs and "
                        + "benefits)."));
    }

    @Test
    void anApprovedUseCaseWithoutBusinessCaseIsAnErrorAQualifiedOneIsFine() {
        Fixture f = Fixture.clean();
        f.extraction.setBusinessCase(null);
        f.useCase("Qualified idea").on(f.receive).status(UseCaseStatus.QUALIFIED);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_MISSING_BUSINESS_CASE,
                FindingSeverity.ERROR, f.extraction, "\"Invoice data extraction\" (approved) has no business case: "
                        + "write its one-page business case (problem, solution, KPIs, costs and benefits)."));
    }

    @Test
    void aBusinessCaseWithoutKpi() {
        Fixture f = Fixture.clean();
        BusinessCase businessCase = f.statusUpdates.getBusinessCase();
        businessCase.getKpis().clear();
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report, expect(BuiltInRules.BUSINESS_CASE_NO_MEASURABLE_KPI, FindingSeverity.WARNING,
                businessCase, "The business case of \"Proactive claim status updates\" has no KPI: add one with a "
                        + "baseline and a target, so that its benefit can be measured."));
        assertEquals(List.of(f.statusUpdates), report.findings().get(0).related());
    }

    @Test
    void aBusinessCaseWhoseKpisLackATarget() {
        Fixture f = Fixture.clean();
        BusinessCase businessCase = f.statusUpdates.getBusinessCase();
        businessCase.getKpis().get(0).unsetTarget();
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.BUSINESS_CASE_NO_MEASURABLE_KPI,
                FindingSeverity.WARNING, businessCase, "The KPIs of the business case of \"Proactive claim status "
                        + "updates\" lack a baseline or a target: complete at least one, so that its benefit can be "
                        + "measured."));
    }

    @Test
    void aDraftBusinessCaseOfAnIdeaWithoutKpiIsInformationAndNeedsNoFigures() {
        Fixture f = Fixture.clean();
        UseCase idea = f.useCase("Claim photo triage").at(f.support).get();
        idea.setBusinessCase(Fixture.FACTORY.createBusinessCase());
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.BUSINESS_CASE_NO_MEASURABLE_KPI,
                FindingSeverity.INFO, idea.getBusinessCase(), "The business case of \"Claim photo triage\" has no "
                        + "KPI: add one with a baseline and a target, so that its benefit can be measured."));
    }

    @Test
    void aTargetOfZeroIsATarget() {
        Fixture f = Fixture.clean();
        f.statusUpdates.getBusinessCase().getKpis().get(0).setTarget(0);
        f.statusUpdates.getBusinessCase().getKpis().get(0).setBaseline(0);
        assertOnly(Checks.validate(f.portfolio));
    }

    @Test
    void aBusinessCaseThatQuantifiesNothing() {
        Fixture f = Fixture.clean();
        BusinessCase businessCase = f.statusUpdates.getBusinessCase();
        businessCase.unsetOneOffCost();
        businessCase.unsetRunningCostPerYear();
        businessCase.unsetAnnualCostAvoided();
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.BUSINESS_CASE_NOT_QUANTIFIED,
                FindingSeverity.WARNING, businessCase, "The business case of \"Proactive claim status updates\" "
                        + "quantifies neither its costs nor its financial effect: give its one-off or running costs, "
                        + "and the revenue gained or the cost avoided per year."));
    }

    @Test
    void aBusinessCaseWithoutCostsOrWithoutEffect() {
        Fixture f = Fixture.clean();
        f.statusUpdates.getBusinessCase().unsetOneOffCost();
        f.statusUpdates.getBusinessCase().unsetRunningCostPerYear();
        f.extraction.getBusinessCase().unsetAnnualCostAvoided();
        f.extraction.getBusinessCase().unsetOneOffCost(); // the running cost is enough
        assertOnly(Checks.validate(f.portfolio),
                expect(BuiltInRules.BUSINESS_CASE_NOT_QUANTIFIED, FindingSeverity.WARNING,
                        f.extraction.getBusinessCase(), "The business case of \"Invoice data extraction\" does not "
                                + "quantify its financial effect: give the revenue gained or the cost avoided per year."),
                expect(BuiltInRules.BUSINESS_CASE_NOT_QUANTIFIED, FindingSeverity.WARNING,
                        f.statusUpdates.getBusinessCase(), "The business case of \"Proactive claim status updates\" "
                                + "does not quantify its costs: give the one-off cost or the running cost per year."));
    }

    @Test
    void personalDataWithoutComplianceNotes() {
        Fixture f = Fixture.clean();
        BusinessCase businessCase = f.statusUpdates.getBusinessCase();
        businessCase.setComplianceNotes(null);
        f.extraction.getDataAssets().add(f.dataAsset("Invoice archive", false));
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report, expect(BuiltInRules.BUSINESS_CASE_PERSONAL_DATA_WITHOUT_COMPLIANCE_NOTES,
                FindingSeverity.WARNING, businessCase, "\"Proactive claim status updates\" uses personal data (Claim "
                        + "files) but its business case has no compliance notes: record the legal basis and the "
                        + "safeguards."));
        assertEquals(List.of(f.claimFiles), report.findings().get(0).related());
    }

    @Test
    void anApprovedUseCaseWithoutSponsor() {
        Fixture f = Fixture.clean();
        f.extraction.setSponsor(null);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_NO_SPONSOR, FindingSeverity.WARNING,
                f.extraction, "\"Invoice data extraction\" (approved) has no sponsor: name who owns its benefits."));
    }

    @Test
    void aSponsorOnTheBusinessCaseIsASponsor() {
        Fixture f = Fixture.clean();
        f.extraction.setSponsor(" ");
        f.extraction.getBusinessCase().setSponsor("CFO");
        assertOnly(Checks.validate(f.portfolio));
    }

    @Test
    void anApprovedUseCaseThatAGateBlocksIsAnError() {
        Fixture f = Fixture.clean();
        score(f.extraction, TestCriteria.COMPLIANCE_RISK).setValue(5);
        assertOnly(Checks.validate(f.portfolio),
                expect(BuiltInRules.USE_CASE_APPROVED_BUT_GATED, FindingSeverity.ERROR, f.extraction,
                        "\"Invoice data extraction\" (approved) is blocked by a gate: Compliance and operational risk "
                                + "is 5, at least 5: Unacceptable risk. Review the decision or the assessment."),
                expect(BuiltInRules.ROADMAP_EXTERNAL_BEFORE_INTERNAL_QUICK_WIN, FindingSeverity.WARNING,
                        f.statusUpdates, NO_QUICK_WIN));
    }

    @Test
    void anApprovedUseCaseThatIsNotReadyIsAWarning() {
        Fixture f = Fixture.clean();
        f.gate(TestCriteria.DATA_PROCESS_MATURITY, GateOperator.AT_MOST, 1, GateEffect.NOT_READY, "Fix the data first");
        score(f.extraction, TestCriteria.DATA_PROCESS_MATURITY).setValue(1);
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.USE_CASE_APPROVED_BUT_GATED,
                expect(BuiltInRules.USE_CASE_APPROVED_BUT_GATED, FindingSeverity.WARNING, f.extraction,
                        "\"Invoice data extraction\" (approved) is not ready according to a gate: Data and process "
                                + "maturity is 1, at most 1: Fix the data first. Review the decision or the assessment."));
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @ValueSource(strings = { "Fix the data first", "Fix the data first.", "Fix the data first. ", "Fix the data first ." })
    void aGatesReasonWithOrWithoutAFullStopGivesOneSentencePerLanguage(String reason) {
        Fixture f = Fixture.clean();
        f.gate(TestCriteria.DATA_PROCESS_MATURITY, GateOperator.AT_MOST, 1, GateEffect.NOT_READY, reason);
        score(f.extraction, TestCriteria.DATA_PROCESS_MATURITY).setValue(1);
        assertEquals(List.of("\"Invoice data extraction\" (approved) is not ready according to a gate: Data and process "
                + "maturity is 1, at most 1: Fix the data first. Review the decision or the assessment."),
                gatedMessages(f, Locale.ENGLISH));
        assertEquals(List.of("\u00ab\u00a0Invoice data extraction\u00a0\u00bb (approuv\u00e9) n\u2019est pas pr\u00eat selon un "
                + "seuil \u00e9liminatoire\u00a0: Data and process maturity vaut 1, au plus 1 : Fix the data first. "
                + "Revoyez la d\u00e9cision ou l\u2019\u00e9valuation."), gatedMessages(f, Locale.FRENCH));
    }

    private static List<String> gatedMessages(Fixture f, Locale locale) {
        return new PortfolioValidation(RuleRegistry.withBuiltInRules())
                .validate(f.portfolio, TestCriteria.engine(), ValidationOptions.defaults().withLocale(locale)).findings()
                .stream().filter(finding -> finding.ruleId().equals(BuiltInRules.USE_CASE_APPROVED_BUT_GATED))
                .map(Finding::message).toList();
    }

    @Test
    void aGateOnAUseCaseNotYetApprovedIsTheRankingsBusiness() {
        Fixture f = Fixture.clean();
        score(f.statusUpdates, TestCriteria.COMPLIANCE_RISK).setValue(5);
        assertOnly(Checks.validate(f.portfolio));
    }

    private static Score score(UseCase useCase, String criterionId) {
        return useCase.getScores().stream().filter(s -> s.getCriterionId().equals(criterionId)).findFirst()
                .orElseThrow();
    }

    private static void remove(UseCase useCase, String criterionId) {
        useCase.getScores().remove(score(useCase, criterionId));
    }
}
