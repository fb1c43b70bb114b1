// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static dev.cartograph.validation.tests.Checks.assertFindings;
import static dev.cartograph.validation.tests.Checks.assertOnly;
import static dev.cartograph.validation.tests.Checks.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Scope;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Workflow;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationReport;

/** Practices 2 and 3: use cases anchored on real work, journeys followed to the end, frictions backed and addressed. */
class MappingRulesTest {

    @Test
    void anIdeaAnchoredNowhereIsAWarning() {
        Fixture f = Fixture.clean();
        UseCase idea = f.useCase("Expense report triage").get();
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_UNANCHORED, FindingSeverity.WARNING, idea,
                "\"Expense report triage\" is not attached to any workflow step or journey stage: attach it where it "
                        + "would help, or it remains a brainstormed idea."));
    }

    @Test
    void aUseCaseWithABusinessCaseAnchoredNowhereIsAnError() {
        Fixture f = Fixture.clean();
        UseCase useCase = f.useCase("Expense report triage").status(UseCaseStatus.BUSINESS_CASE)
                .scoredOnAll(Fixture.QUICK_WIN).completeBusinessCase().get();
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_UNANCHORED, FindingSeverity.ERROR,
                useCase, "\"Expense report triage\" (business case) is not attached to any workflow step or journey "
                        + "stage: its business case cannot say where it applies."));
    }

    @Test
    void anchoringOnAStepOrAStageIsEnoughAndRejectedUseCasesAreLeftAlone() {
        Fixture f = Fixture.clean();
        f.useCase("On a step").on(f.receive);
        f.useCase("On a stage").at(f.discovery);
        f.useCase("Dropped idea").rejected("Out of budget");
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.USE_CASE_UNANCHORED);
    }

    @Test
    void theFrictionsAddressedAreRelatedToTheUnanchoredUseCase() {
        Fixture f = Fixture.clean();
        UseCase idea = f.useCase("Expense report triage").addresses(f.rekeying).get();
        assertEquals(List.of(f.rekeying),
                Checks.validate(f.portfolio).findingsFor(idea).get(0).related());
    }

    @Test
    void aWorkflowWithoutStepsIsInformation() {
        Fixture f = Fixture.clean();
        Workflow workflow = f.workflow("Supplier onboarding", Scope.INTERNAL);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.WORKFLOW_NO_STEPS, FindingSeverity.INFO, workflow,
                "The workflow \"Supplier onboarding\" has no steps yet: map its steps to find where AI can help."));
    }

    @Test
    void aJourneyThatStopsBeforeTheCustomerLeaves() {
        Fixture f = Fixture.clean();
        f.journey.getStages().remove(f.leaving);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.JOURNEY_NO_POST_JOURNEY_STAGE,
                FindingSeverity.WARNING, f.journey, "The journey \"Motor policyholder\" has no stage after the "
                        + "customer leaves: add one to look at churn, cancellations and why people leave."));
    }

    @Test
    void aRetentionStageIsNotAStageAfterTheCustomerLeaves() {
        Fixture f = Fixture.clean();
        f.leaving.setKind(StageKind.RETENTION);
        assertEquals(1, Checks.validate(f.portfolio).findingsOf(BuiltInRules.JOURNEY_NO_POST_JOURNEY_STAGE).size());
    }

    @Test
    void aJourneyWithoutAnyFriction() {
        Fixture f = Fixture.clean();
        CustomerJourney home = f.journey("Home claimant");
        f.stage(home, "First notice", StageKind.SUPPORT);
        f.stage(home, "Leaving", StageKind.POST_JOURNEY);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.JOURNEY_NO_FRICTION, FindingSeverity.WARNING, home,
                "No friction has been recorded along the journey \"Home claimant\": analyse its stages for pain "
                        + "points before looking for use cases."));
    }

    @Test
    void oneFrictionOnAnyStageIsEnoughEvenOutOfScope() {
        Fixture f = Fixture.clean();
        CustomerJourney home = f.journey("Home claimant");
        f.stage(home, "First notice", StageKind.SUPPORT);
        f.friction(f.stage(home, "Leaving", StageKind.POST_JOURNEY), "Excess too high").setOutOfScope(true);
        assertOnly(Checks.validate(f.portfolio));
    }

    @Test
    void aNewFrictionWithoutEvidenceNorUseCaseIsTwiceInformation() {
        Fixture f = Fixture.clean();
        Friction photos = f.friction(f.discovery, "Cannot upload photos");
        assertOnly(Checks.validate(f.portfolio),
                expect(BuiltInRules.FRICTION_NO_EVIDENCE, FindingSeverity.INFO, photos,
                        "The friction \"Cannot upload photos\" has no evidence: back it with interviews, survey "
                                + "results, support tickets or figures."),
                expect(BuiltInRules.FRICTION_UNADDRESSED, FindingSeverity.INFO, photos,
                        "No use case addresses the friction \"Cannot upload photos\": look for one, or mark the "
                                + "friction as out of scope."));
    }

    @Test
    void aFrictionWithoutEvidenceThatABusinessCaseReliesOnIsAWarning() {
        Fixture f = Fixture.clean();
        f.slowUpdates.getEvidence().clear();
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report, expect(BuiltInRules.FRICTION_NO_EVIDENCE, FindingSeverity.WARNING, f.slowUpdates,
                "The friction \"No news on my claim\" has no evidence, yet the business case of \"Proactive claim "
                        + "status updates\" relies on it: back it with interviews, survey results, support tickets "
                        + "or figures."));
        assertEquals(List.of(f.statusUpdates), report.findings().get(0).related());
    }

    @Test
    void aFrictionWithoutEvidenceAddressedByAnIdeaStaysInformation() {
        Fixture f = Fixture.clean();
        Friction photos = f.friction(f.discovery, "Cannot upload photos");
        f.useCase("Photo upload assistant").external().at(f.discovery).addresses(photos);
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.FRICTION_NO_EVIDENCE,
                expect(BuiltInRules.FRICTION_NO_EVIDENCE, FindingSeverity.INFO, photos,
                        "The friction \"Cannot upload photos\" has no evidence: back it with interviews, survey "
                                + "results, support tickets or figures."));
    }

    @Test
    void frictionsOutOfScopeAreSkipped() {
        Fixture f = Fixture.clean();
        f.friction(f.discovery, "Cannot upload photos").setOutOfScope(true);
        assertOnly(Checks.validate(f.portfolio));
    }

    @Test
    void aFrictionOnlyRejectedUseCasesAddress() {
        Fixture f = Fixture.clean();
        Friction photos = f.friction(f.discovery, "Cannot upload photos");
        f.evidence(photos);
        UseCase dropped = f.useCase("Photo upload bot").at(f.discovery).addresses(photos).rejected("Too costly").get();
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report, expect(BuiltInRules.FRICTION_UNADDRESSED, FindingSeverity.INFO, photos,
                "Only rejected use cases address the friction \"Cannot upload photos\": look for another one, or "
                        + "mark the friction as out of scope."));
        assertEquals(List.of(dropped), report.findings().get(0).related());
    }

    @Test
    void aFrictionAddressedByAnIdeaIsAddressed() {
        Fixture f = Fixture.clean();
        Friction photos = f.friction(f.discovery, "Cannot upload photos");
        f.evidence(photos);
        f.useCase("Photo upload assistant").external().at(f.discovery).addresses(photos);
        assertOnly(Checks.validate(f.portfolio));
    }
}
