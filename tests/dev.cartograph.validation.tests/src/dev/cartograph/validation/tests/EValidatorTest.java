// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.CartographValidator;
import dev.cartograph.validation.ComposedValidator;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingDiagnostic;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationReport;
import dev.cartograph.validation.ValidationRule;

/** The rules as an EMF validator: what EMF tools, markers and the Diagnostician see. */
class EValidatorTest {

    private static final String UNANCHORED = "\"Expense report triage\" is not attached to any workflow step or "
            + "journey stage: attach it where it would help, or it remains a brainstormed idea.";

    @Test
    void theDiagnosticianReportsTheFindings() {
        Fixture f = Fixture.clean();
        UseCase idea = f.useCase("Expense report triage").get();
        CartographValidator validator = validator(TestCriteria.engine()::score);
        EValidator previous = EValidator.Registry.INSTANCE.getEValidator(CartographPackage.eINSTANCE);
        validator.register(EValidator.Registry.INSTANCE);
        try {
            Diagnostic result = Diagnostician.INSTANCE.validate(f.portfolio);
            assertEquals(Diagnostic.WARNING, result.getSeverity());
            assertEquals(1, result.getChildren().size());
            Diagnostic child = result.getChildren().get(0);
            assertEquals(Diagnostic.WARNING, child.getSeverity());
            assertEquals(FindingDiagnostic.SOURCE, child.getSource());
            assertEquals(FindingDiagnostic.FINDING, child.getCode());
            assertEquals(UNANCHORED, child.getMessage());
            assertEquals(List.of(idea, BuiltInRules.USE_CASE_UNANCHORED), child.getData());
            assertEquals(BuiltInRules.USE_CASE_UNANCHORED, FindingDiagnostic.ruleIdOf(child).orElseThrow());
            assertEquals(idea, FindingDiagnostic.elementOf(child).orElseThrow());
            assertEquals(idea, FindingDiagnostic.findingOf(child).orElseThrow().element());
        } finally {
            validator.unregister(EValidator.Registry.INSTANCE);
            restore(previous);
        }
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(f.portfolio).getSeverity());
    }

    @Test
    void emfStructuralChecksStillRunNextToTheRules() {
        Fixture f = Fixture.clean();
        f.useCase("Expense report triage");
        f.portfolio.getScoring().getCriteria().add(Fixture.FACTORY.createCriterionSetting()); // no criterion id
        EValidator.Registry registry = new EValidatorRegistryImpl();
        validator(TestCriteria.engine()::score).register(registry);
        assertInstanceOf(ComposedValidator.class, registry.getEValidator(CartographPackage.eINSTANCE));
        Diagnostic result = new Diagnostician(registry).validate(f.portfolio);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        List<String> sources = result.getChildren().stream().map(Diagnostic::getSource).toList();
        assertTrue(sources.contains(EObjectValidator.DIAGNOSTIC_SOURCE), sources.toString());
        assertTrue(result.getChildren().stream().anyMatch(d -> UNANCHORED.equals(d.getMessage())));
    }

    @Test
    void thePortfolioIsValidatedOnceForTheWholeTree() {
        Fixture f = Fixture.clean();
        f.useCase("Expense report triage");
        AtomicInteger scorings = new AtomicInteger();
        CartographValidator validator = validator(p -> {
            scorings.incrementAndGet();
            return TestCriteria.engine().score(p);
        });
        EValidator.Registry registry = new EValidatorRegistryImpl();
        validator.register(registry);
        new Diagnostician(registry).validate(f.portfolio);
        assertEquals(1, scorings.get());
    }

    @Test
    void aPortfolioThatCannotBeScoredIsReportedOnceOnThePortfolio() {
        Fixture f = Fixture.clean();
        f.useCase("Expense report triage");
        AtomicInteger scorings = new AtomicInteger();
        CartographValidator validator = validator(p -> {
            scorings.incrementAndGet();
            throw new IllegalStateException("engine down");
        });
        EValidator.Registry registry = new EValidatorRegistryImpl();
        validator.register(registry);
        Diagnostic result = new Diagnostician(registry).validate(f.portfolio);
        assertEquals(1, scorings.get());
        assertEquals(1, result.getChildren().size());
        Diagnostic failure = result.getChildren().get(0);
        assertEquals(FindingDiagnostic.RULE_FAILURE, failure.getCode());
        assertEquals(Diagnostic.WARNING, failure.getSeverity());
        assertEquals(List.of(f.portfolio, CartographValidator.SCORING_FAILURE), failure.getData());
        assertEquals("The portfolio could not be scored, so no rule could check it: IllegalStateException: engine down",
                failure.getMessage());
    }

    @Test
    void theContextMayGiveTheScoringAndTheOptions() {
        Fixture f = Fixture.clean();
        f.useCase("Expense report triage");
        CartographValidator validator = validator(p -> {
            throw new AssertionError("the context's scoring is used");
        });
        EValidator.Registry registry = new EValidatorRegistryImpl();
        validator.register(registry);
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        ScoringResult scoring = TestCriteria.engine().score(f.portfolio);
        context.put(CartographValidator.SCORING_RESULT, scoring);
        context.put(CartographValidator.OPTIONS, ValidationOptions.defaults().withLocale(Locale.FRENCH));
        BasicDiagnostic result = diagnostician.createDefaultDiagnostic(f.portfolio);
        diagnostician.validate(f.portfolio, result, context);
        assertEquals("\u00ab\u00a0Expense report triage\u00a0\u00bb n\u2019est rattach\u00e9 \u00e0 aucune \u00e9tape "
                + "de processus ni de parcours\u00a0: rattachez-le l\u00e0 o\u00f9 il aiderait, sinon il reste une "
                + "id\u00e9e de brainstorming.", result.getChildren().get(0).getMessage());
    }

    @Test
    void validatingOneElementGivesTheFindingsOfItsSubtree() {
        Fixture f = Fixture.clean();
        f.useCase("Expense report triage");
        f.statusUpdates.getBusinessCase().getKpis().clear();
        EValidator.Registry registry = new EValidatorRegistryImpl();
        validator(TestCriteria.engine()::score).register(registry);
        Diagnostic result = new Diagnostician(registry).validate(f.statusUpdates);
        assertEquals(List.of(BuiltInRules.BUSINESS_CASE_NO_MEASURABLE_KPI), result.getChildren().stream()
                .map(d -> FindingDiagnostic.ruleIdOf(d).orElseThrow()).toList());
        assertEquals(f.statusUpdates.getBusinessCase(), result.getChildren().get(0).getData().get(0));
    }

    @Test
    void anErrorFindingMakesItsElementInvalidAndFailedRulesGoOnThePortfolio() {
        Fixture f = Fixture.clean();
        UseCase advanced = f.useCase("Expense report triage").status(UseCaseStatus.BUSINESS_CASE)
                .scoredOnAll(Fixture.QUICK_WIN).completeBusinessCase().get();
        RuleRegistry rules = RuleRegistry.withBuiltInRules();
        rules.add(ValidationRule.builder("example.broken").contributor("com.example").check(c -> {
            throw new IllegalStateException("boom");
        }).build());
        CartographValidator validator = new CartographValidator(new PortfolioValidation(rules), TestCriteria.engine(),
                Checks.ENGLISH);
        Map<Object, Object> context = new HashMap<>();
        BasicDiagnostic chain = new BasicDiagnostic();
        assertFalse(validator.validate(advanced, chain, context));
        assertTrue(validator.validate(f.extraction, chain, context));
        assertTrue(validator.validate(f.portfolio, chain, context));
        assertEquals(List.of(FindingDiagnostic.FINDING, FindingDiagnostic.RULE_FAILURE),
                chain.getChildren().stream().map(Diagnostic::getCode).toList());
        Diagnostic failure = chain.getChildren().get(1);
        assertEquals(List.of(f.portfolio, "example.broken"), failure.getData());
        assertEquals("example.broken", FindingDiagnostic.ruleIdOf(failure).orElseThrow());
    }

    @Test
    void theComposedValidatorKeepsWhatWasRegisteredAndRunsEveryMember() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        List<String> calls = new ArrayList<>();
        EValidator existing = new Recording("existing", calls, false);
        registry.put(CartographPackage.eINSTANCE, existing);
        ComposedValidator composed = ComposedValidator.install(registry, CartographPackage.eINSTANCE);
        assertSame(composed, ComposedValidator.install(registry, CartographPackage.eINSTANCE));
        composed.add(new Recording("added", calls, true));
        assertEquals(2, composed.validators().size());
        assertSame(existing, composed.validators().get(0));
        // every member runs, even after one says the object is invalid
        assertFalse(composed.validate(Fixture.FACTORY.createPortfolio(), new BasicDiagnostic(), new HashMap<>()));
        assertEquals(List.of("existing", "added"), calls);
        assertTrue(composed.remove(existing));
        assertFalse(composed.remove(existing));
    }

    @Test
    void theReportAsOneDiagnostic() {
        Fixture f = Fixture.clean();
        f.useCase("Expense report triage");
        f.useCase("Travel booking assistant").status(UseCaseStatus.BUSINESS_CASE)
                .scoredOnAll(Fixture.QUICK_WIN).completeBusinessCase();
        ValidationReport report = Checks.validate(f.portfolio);
        Diagnostic diagnostic = report.toDiagnostic();
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertEquals("Validation of \"Fixture portfolio\": one error, one warning, no information",
                diagnostic.getMessage());
        assertEquals(List.of(f.portfolio), diagnostic.getData());
        assertEquals(report.findings(), diagnostic.getChildren().stream()
                .map(d -> FindingDiagnostic.findingOf(d).orElseThrow()).toList());
        Finding warning = report.findings().get(1);
        assertEquals(FindingSeverity.WARNING, warning.severity());
        assertEquals(Diagnostic.WARNING, warning.toDiagnostic().getSeverity());
    }

    private static CartographValidator validator(Function<Portfolio, ScoringResult> scoring) {
        return new CartographValidator(new PortfolioValidation(RuleRegistry.withBuiltInRules()), scoring,
                Checks.ENGLISH);
    }

    private static void restore(EValidator previous) {
        if (previous == null) {
            EValidator.Registry.INSTANCE.remove(CartographPackage.eINSTANCE);
        } else {
            EValidator.Registry.INSTANCE.put(CartographPackage.eINSTANCE, previous);
        }
    }

    /** Records that it was called. */
    private record Recording(String name, List<String> calls, boolean valid) implements EValidator {
        @Override
        public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
            return validate(eObject.eClass(), eObject, diagnostics, context);
        }

        @Override
        public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
                Map<Object, Object> context) {
            calls.add(name);
            return valid;
        }

        @Override
        public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
                Map<Object, Object> context) {
            return true;
        }
    }
}
