// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.AiPattern;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.RuleRegistry;

/** Quick fixes are commands: executed on a command stack they repair the finding, undone they restore it. */
class QuickFixTest {

    private final PortfolioValidation validation = new PortfolioValidation(RuleRegistry.withBuiltInRules());
    private final BasicCommandStack stack = new BasicCommandStack();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
    private Locale saved;

    @BeforeEach
    void englishNames() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void anElementWithoutNameIsNamedAfterItsDescription() {
        Fixture f = Fixture.clean();
        f.rekeying.setName("  ");
        f.rekeying.setDescription("Agents type every invoice line again into the ledger by hand. It takes hours.");
        Finding finding = only(f, BuiltInRules.ELEMENT_WITHOUT_NAME);
        assertEquals("A friction has no name: it shows as (no name) in every list and output. Name it.",
                finding.message());
        QuickFix fix = onlyFix(finding);
        assertEquals("Name it after its description: \"Agents type every invoice line again into the\u2026\"",
                fix.label(finding, Locale.ENGLISH));
        stack.execute(fix.createCommand(domain, finding));
        assertEquals("Agents type every invoice line again into the\u2026", f.rekeying.getName());
        assertTrue(findings(f).isEmpty());
        stack.undo();
        assertEquals("  ", f.rekeying.getName());
        // without a description there is nothing to propose
        f.rekeying.setDescription(null);
        Finding without = only(f, BuiltInRules.ELEMENT_WITHOUT_NAME);
        assertFalse(fix.isApplicable(without));
        assertFalse(fix.createCommand(domain, without).canExecute());
    }

    @Test
    void addAStageAfterTheCustomerLeaves() {
        Fixture f = Fixture.clean();
        f.journey.getStages().remove(f.leaving);
        Finding finding = only(f, BuiltInRules.JOURNEY_NO_POST_JOURNEY_STAGE);
        QuickFix fix = onlyFix(finding);
        assertEquals("Add a stage after the customer leaves to \"Motor policyholder\"", fix.label(finding, Locale.ENGLISH));
        assertEquals("Ajouter \u00e0 \u00ab\u00a0Motor policyholder\u00a0\u00bb une \u00e9tape apr\u00e8s le d\u00e9part "
                + "du client", fix.label(finding, Locale.FRENCH));
        Command command = fix.createCommand(domain, finding);
        assertEquals(fix.label(finding, Locale.ENGLISH), command.getLabel());
        stack.execute(command);
        JourneyStage added = f.journey.getStages().get(2);
        assertEquals(StageKind.POST_JOURNEY, added.getKind());
        assertEquals("After the customer leaves", added.getName());
        assertTrue(findings(f).isEmpty());
        // the journey has its stage now: the same fix no longer applies
        assertFalse(fix.createCommand(domain, finding).canExecute());
        stack.undo();
        assertEquals(List.of(f.discovery, f.support), f.journey.getStages());
        assertEquals(List.of(BuiltInRules.JOURNEY_NO_POST_JOURNEY_STAGE), ruleIds(f));
    }

    @Test
    void markAFrictionOutOfScope() {
        Fixture f = Fixture.clean();
        Friction photos = f.friction(f.discovery, "Cannot upload photos");
        f.evidence(photos);
        Finding finding = only(f, BuiltInRules.FRICTION_UNADDRESSED);
        QuickFix fix = onlyFix(finding);
        assertEquals("Mark the friction \"Cannot upload photos\" as out of scope", fix.label(finding, Locale.ENGLISH));
        stack.execute(fix.createCommand(domain, finding));
        assertTrue(photos.isOutOfScope());
        assertTrue(findings(f).isEmpty());
        stack.undo();
        assertFalse(photos.isOutOfScope());
        assertEquals(List.of(BuiltInRules.FRICTION_UNADDRESSED), ruleIds(f));
    }

    @Test
    void takeARejectedUseCaseOutOfItsWave() {
        Fixture f = Fixture.clean();
        UseCase dropped = f.useCase("Fax reader").on(f.receive).rejected("Nobody faxes").in(f.wave1).get();
        Finding finding = only(f, BuiltInRules.USE_CASE_REJECTED_IN_WAVE);
        QuickFix fix = onlyFix(finding);
        assertEquals("Take \"Fax reader\" out of \"Wave 1\"", fix.label(finding, Locale.ENGLISH));
        stack.execute(fix.createCommand(domain, finding));
        assertNull(dropped.getWave());
        assertEquals(List.of(f.extraction), f.wave1.getUseCases());
        assertTrue(findings(f).isEmpty());
        stack.undo();
        assertEquals(f.wave1, dropped.getWave());
        assertEquals(List.of(f.extraction, dropped), f.wave1.getUseCases());
    }

    @Test
    void planAUseCaseWithItsLatestDependency() {
        Fixture f = Fixture.clean();
        Wave wave3 = f.wave("Wave 3", 2);
        UseCase platform = f.useCase("OCR platform").on(f.receive).in(f.wave2).get();
        UseCase archive = f.useCase("Archive index").on(f.receive).in(wave3).get();
        UseCase routing = f.useCase("Invoice approval routing").on(f.receive).in(f.wave1)
                .dependsOn(platform, archive).get();
        List<Finding> later = findings(f).stream()
                .filter(x -> x.ruleId().equals(BuiltInRules.ROADMAP_DEPENDENCY_PLANNED_LATER)).toList();
        assertEquals(2, later.size());
        QuickFix fix = onlyFix(later.get(0));
        assertEquals("Plan \"Invoice approval routing\" in \"Wave 3\", with its latest dependency",
                fix.label(later.get(0), Locale.ENGLISH));
        stack.execute(fix.createCommand(domain, later.get(0)));
        assertEquals(wave3, routing.getWave());
        assertTrue(findings(f).isEmpty());
        stack.undo();
        assertEquals(f.wave1, routing.getWave());
        assertEquals(2, findings(f).size());
    }

    @Test
    void anchorAUseCaseWhereItsFrictionOccurs() {
        Fixture f = Fixture.clean();
        UseCase idea = f.useCase("Invoice field validation").pattern(AiPattern.CLASSIFICATION_ROUTING)
                .addresses(f.rekeying).get();
        Finding finding = only(f, BuiltInRules.USE_CASE_UNANCHORED);
        QuickFix fix = onlyFix(finding);
        assertEquals("Attach \"Invoice field validation\" to \"Key invoice data\", where the friction \"Manual "
                + "re-keying\" occurs", fix.label(finding, Locale.ENGLISH));
        stack.execute(fix.createCommand(domain, finding));
        assertEquals(List.of(f.extract), idea.getSteps());
        assertTrue(f.extract.getUseCases().contains(idea));
        assertTrue(findings(f).isEmpty());
        stack.undo();
        assertTrue(idea.getSteps().isEmpty());
        assertFalse(f.extract.getUseCases().contains(idea));
    }

    @Test
    void aUseCaseAddressingAFrictionAtAStageIsAttachedToTheStage() {
        Fixture f = Fixture.clean();
        UseCase idea = f.useCase("Claim status bot").external().pattern(AiPattern.CONVERSATIONAL_ASSISTANT)
                .addresses(f.slowUpdates).get();
        Finding finding = only(f, BuiltInRules.USE_CASE_UNANCHORED);
        stack.execute(onlyFix(finding).createCommand(domain, finding));
        assertEquals(List.of(f.support), idea.getStages());
    }

    @Test
    void noFixWhenTheRepairIsNotObvious() {
        Fixture f = Fixture.clean();
        f.useCase("Expense report triage");
        f.useCase("Rejected").on(f.receive).status(UseCaseStatus.REJECTED);
        f.friction(f.discovery, "Cannot upload photos").setOutOfScope(false);
        for (Finding finding : findings(f)) {
            if (!finding.ruleId().equals(BuiltInRules.FRICTION_UNADDRESSED)) {
                assertEquals(List.of(), validation.quickFixes(finding), finding.ruleId());
            }
        }
        assertEquals(4, findings(f).size());
    }

    private List<Finding> findings(Fixture f) {
        return validation.validate(f.portfolio, TestCriteria.engine(), Checks.ENGLISH).findings();
    }

    private List<String> ruleIds(Fixture f) {
        return findings(f).stream().map(Finding::ruleId).toList();
    }

    private Finding only(Fixture f, String ruleId) {
        List<Finding> findings = findings(f);
        assertEquals(List.of(ruleId), findings.stream().map(Finding::ruleId).toList());
        return findings.get(0);
    }

    private QuickFix onlyFix(Finding finding) {
        List<QuickFix> fixes = validation.quickFixes(finding);
        assertEquals(1, fixes.size());
        assertTrue(fixes.get(0).createCommand(domain, finding).canExecute());
        return fixes.get(0);
    }
}
