// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static dev.cartograph.validation.tests.Checks.assertFindings;
import static dev.cartograph.validation.tests.Checks.assertOnly;
import static dev.cartograph.validation.tests.Checks.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationReport;

/** Practice 1 and a roadmap that can be delivered: start inside, dependencies first, within capacity. */
class RoadmapRulesTest {

    @Test
    void aFirstWaveWithoutInternalUseCase() {
        Fixture f = Fixture.clean();
        f.extraction.setScope(Scope.EXTERNAL);
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.ROADMAP_FIRST_WAVE_NOT_INTERNAL,
                expect(BuiltInRules.ROADMAP_FIRST_WAVE_NOT_INTERNAL, FindingSeverity.WARNING, f.wave1,
                        "The first wave with planned work, \"Wave 1\", holds no internal use case: start inside, "
                                + "where mistakes are cheaper and quick wins build skills."));
    }

    @Test
    void emptyLeadingWavesAndRejectedUseCasesDoNotMakeTheFirstWave() {
        Fixture f = Fixture.clean();
        Wave empty = f.wave("Wave 0", 3);
        Wave dropped = f.wave("Wave 0b", 3);
        f.portfolio.getRoadmap().getWaves().move(0, empty);
        f.portfolio.getRoadmap().getWaves().move(1, dropped);
        f.useCase("Rejected chatbot").external().at(f.discovery).rejected("Brand risk").in(dropped);
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.ROADMAP_FIRST_WAVE_NOT_INTERNAL);
    }

    @Test
    void anExternalUseCaseBeforeTheFirstInternalQuickWin() {
        Fixture f = Fixture.clean();
        Wave early = f.wave("Wave 0", 3);
        f.portfolio.getRoadmap().getWaves().move(0, early);
        UseCase chatbot = f.useCase("Quote chatbot").external().at(f.discovery).in(early).get();
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report,
                expect(BuiltInRules.ROADMAP_EXTERNAL_BEFORE_INTERNAL_QUICK_WIN, FindingSeverity.WARNING, chatbot,
                        "The external use case \"Quote chatbot\" is planned in \"Wave 0\", before the first internal "
                                + "quick win (in \"Wave 1\"): start inside."),
                expect(BuiltInRules.ROADMAP_FIRST_WAVE_NOT_INTERNAL, FindingSeverity.WARNING, early,
                        "The first wave with planned work, \"Wave 0\", holds no internal use case: start inside, "
                                + "where mistakes are cheaper and quick wins build skills."));
        assertEquals(List.of(early, f.wave1), report.findingsFor(chatbot).get(0).related());
    }

    @Test
    void anExternalUseCaseInTheWaveOfTheFirstInternalQuickWinOrAlreadyRunningIsFine() {
        Fixture f = Fixture.clean();
        f.wave1.setCapacity(3);
        f.useCase("Quote chatbot").external().at(f.discovery).in(f.wave1);
        Wave early = f.wave("Wave 0", 3);
        f.portfolio.getRoadmap().getWaves().move(0, early);
        f.useCase("Web assistant").external().at(f.discovery).status(UseCaseStatus.PILOT).in(early);
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.ROADMAP_EXTERNAL_BEFORE_INTERNAL_QUICK_WIN);
    }

    @Test
    void anExternalUseCasePlannedWhileNoInternalQuickWinIs() {
        Fixture f = Fixture.clean();
        f.extraction.getScores().clear();
        new Fixture.UseCaseBuilder(f.extraction).scoredOnAll(2, 2, 2, 2, 4, 2, 4, 2); // the drop quadrant
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.ROADMAP_EXTERNAL_BEFORE_INTERNAL_QUICK_WIN,
                FindingSeverity.WARNING, f.statusUpdates, "The external use case \"Proactive claim status updates\" "
                        + "is planned in \"Wave 2\" while no internal quick win is planned: plan an internal quick win "
                        + "first."));
    }

    @Test
    void aRejectedUseCaseWithoutReason() {
        Fixture f = Fixture.clean();
        UseCase blank = f.useCase("Robo-adviser").at(f.discovery).rejected("  ").get();
        UseCase none = f.useCase("Voice bot").at(f.discovery).rejected(null).get();
        f.useCase("Fax reader").on(f.receive).rejected("Nobody faxes any more");
        assertOnly(Checks.validate(f.portfolio),
                expect(BuiltInRules.USE_CASE_REJECTED_WITHOUT_REASON, FindingSeverity.WARNING, blank,
                        "\"Robo-adviser\" is rejected without a reason: record why, so that the idea is not proposed "
                                + "again in vain."),
                expect(BuiltInRules.USE_CASE_REJECTED_WITHOUT_REASON, FindingSeverity.WARNING, none,
                        "\"Voice bot\" is rejected without a reason: record why, so that the idea is not proposed "
                                + "again in vain."));
    }

    @Test
    void aRejectedUseCaseStillPlanned() {
        Fixture f = Fixture.clean();
        f.statusUpdates.setStatus(UseCaseStatus.REJECTED);
        f.statusUpdates.setRejectionReason("Customers prefer calling");
        assertOnly(Checks.validate(f.portfolio),
                expect(BuiltInRules.USE_CASE_REJECTED_IN_WAVE, FindingSeverity.WARNING, f.statusUpdates,
                        "\"Proactive claim status updates\" is rejected but still planned in \"Wave 2\": take it out "
                                + "of the roadmap."),
                expect(BuiltInRules.FRICTION_UNADDRESSED, FindingSeverity.INFO, f.slowUpdates,
                        "Only rejected use cases address the friction \"No news on my claim\": look for another one, "
                                + "or mark the friction as out of scope."));
    }

    @Test
    void anApprovedUseCaseNoWavePlans() {
        Fixture f = Fixture.clean();
        f.extraction.setWave(null);
        // its dependent is now planned before it, and wave 2 is the first wave with work
        assertOnly(Checks.validate(f.portfolio),
                expect(BuiltInRules.ROADMAP_EXTERNAL_BEFORE_INTERNAL_QUICK_WIN, FindingSeverity.WARNING,
                        f.statusUpdates, "The external use case \"Proactive claim status updates\" is planned in "
                                + "\"Wave 2\" while no internal quick win is planned: plan an internal quick win first."),
                expect(BuiltInRules.ROADMAP_DEPENDENCY_NOT_PLANNED, FindingSeverity.WARNING, f.statusUpdates,
                        "\"Proactive claim status updates\" is planned in \"Wave 2\" but depends on \"Invoice data "
                                + "extraction\", which is not planned."),
                expect(BuiltInRules.ROADMAP_FIRST_WAVE_NOT_INTERNAL, FindingSeverity.WARNING, f.wave2,
                        "The first wave with planned work, \"Wave 2\", holds no internal use case: start inside, "
                                + "where mistakes are cheaper and quick wins build skills."),
                expect(BuiltInRules.USE_CASE_APPROVED_NOT_PLANNED, FindingSeverity.INFO, f.extraction,
                        "\"Invoice data extraction\" is approved but no wave of the roadmap plans it."));
    }

    @Test
    void withoutRoadmapNothingIsExpectedToBePlanned() {
        Fixture f = Fixture.clean();
        f.extraction.setWave(null);
        f.statusUpdates.setWave(null);
        f.portfolio.setRoadmap(null);
        assertOnly(Checks.validate(f.portfolio));
    }

    @Test
    void aDependencyPlannedInALaterWaveIsAnError() {
        Fixture f = Fixture.clean();
        UseCase platform = f.useCase("OCR platform").on(f.receive).in(f.wave2).get();
        UseCase routing = f.useCase("Invoice approval routing").on(f.receive).in(f.wave1).dependsOn(platform).get();
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report, expect(BuiltInRules.ROADMAP_DEPENDENCY_PLANNED_LATER, FindingSeverity.ERROR, routing,
                "\"Invoice approval routing\" is planned in \"Wave 1\" but depends on \"OCR platform\", planned later "
                        + "in \"Wave 2\": plan it in the same wave or after."));
        assertEquals(List.of(platform, f.wave2), report.findings().get(0).related());
    }

    @Test
    void aDependencyInTheSameWaveOrEarlierIsFine() {
        Fixture f = Fixture.clean();
        UseCase platform = f.useCase("OCR platform").on(f.receive).in(f.wave2).get();
        f.wave2.setCapacity(3);
        f.useCase("Invoice approval routing").on(f.receive).in(f.wave2).dependsOn(platform, f.extraction);
        assertOnly(Checks.validate(f.portfolio));
    }

    @Test
    void aDependencyNoWavePlans() {
        Fixture f = Fixture.clean();
        UseCase platform = f.useCase("OCR platform").on(f.receive).get();
        UseCase deployed = f.useCase("Scanning service").on(f.receive).status(UseCaseStatus.DEPLOYED)
                .sponsor("COO").scoredOnAll(Fixture.QUICK_WIN).completeBusinessCase().get();
        UseCase routing = f.useCase("Invoice approval routing").on(f.receive).in(f.wave1)
                .dependsOn(platform, deployed).get();
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.ROADMAP_DEPENDENCY_NOT_PLANNED,
                FindingSeverity.WARNING, routing, "\"Invoice approval routing\" is planned in \"Wave 1\" but depends "
                        + "on \"OCR platform\", which is not planned."));
    }

    @Test
    void aDependencyOnARejectedUseCase() {
        Fixture f = Fixture.clean();
        UseCase platform = f.useCase("OCR platform").on(f.receive).rejected("Too costly").get();
        UseCase routing = f.useCase("Invoice approval routing").on(f.receive).dependsOn(platform).get();
        f.useCase("Also rejected").on(f.receive).rejected("Same reason").dependsOn(platform);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.USE_CASE_DEPENDS_ON_REJECTED,
                FindingSeverity.WARNING, routing, "\"Invoice approval routing\" depends on \"OCR platform\", which is "
                        + "rejected: remove the dependency, or reconsider \"Invoice approval routing\"."));
    }

    @Test
    void useCasesThatDependOnEachOtherInACycle() {
        Fixture f = Fixture.clean();
        UseCase lake = f.useCase("Claims data lake").on(f.receive).get();
        UseCase fraud = f.useCase("Fraud scoring").on(f.receive).get();
        UseCase triage = f.useCase("Claims triage").on(f.receive).get();
        UseCase selfish = f.useCase("Self-service portal").at(f.discovery).get();
        triage.getDependsOn().add(lake);
        lake.getDependsOn().add(fraud);
        fraud.getDependsOn().add(triage);
        selfish.getDependsOn().add(selfish);
        f.useCase("Outside the cycle").on(f.receive).dependsOn(lake);
        ValidationReport report = Checks.validate(f.portfolio);
        assertOnly(report,
                expect(BuiltInRules.USE_CASE_DEPENDENCY_CYCLE, FindingSeverity.ERROR, lake,
                        "These use cases depend on each other in a cycle: \"Claims data lake\", \"Fraud scoring\", "
                                + "\"Claims triage\". Break the cycle, or none of them can start first."),
                expect(BuiltInRules.USE_CASE_DEPENDENCY_CYCLE, FindingSeverity.ERROR, selfish,
                        "\"Self-service portal\" depends on itself: remove that dependency."));
        assertEquals(List.of(fraud, triage), report.findingsFor(lake).get(0).related());
    }

    @Test
    void aWaveOverCapacity() {
        Fixture f = Fixture.clean();
        f.wave1.setCapacity(1);
        f.useCase("Invoice approval routing").on(f.receive).in(f.wave1);
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.WAVE_OVER_CAPACITY, FindingSeverity.WARNING,
                f.wave1, "\"Wave 1\" plans 2 use cases for a capacity of 1: move some to a later wave, or raise its "
                        + "capacity."));
    }

    @Test
    void rejectedUseCasesAndWavesWithoutCapacityDoNotOverflow() {
        Fixture f = Fixture.clean();
        f.wave1.setCapacity(1);
        f.useCase("Dropped routing").on(f.receive).rejected("Not needed").in(f.wave1);
        f.wave2.unsetCapacity();
        f.useCase("Invoice approval routing").on(f.receive).in(f.wave2);
        f.useCase("Supplier matching").on(f.receive).in(f.wave2);
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.WAVE_OVER_CAPACITY);
    }

    @Test
    void aWaveThatEndsBeforeItStarts() {
        Fixture f = Fixture.clean();
        f.wave1.setStart(Fixture.date(2026, 7, 1));
        f.wave1.setEnd(Fixture.date(2026, 3, 31));
        f.wave2.setStart(Fixture.date(2026, 7, 1));
        f.wave2.setEnd(Fixture.date(2026, 7, 1));
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.WAVE_END_BEFORE_START, FindingSeverity.ERROR,
                f.wave1, "\"Wave 1\" ends on 2026-03-31, before it starts on 2026-07-01: correct its dates."));
    }
}
