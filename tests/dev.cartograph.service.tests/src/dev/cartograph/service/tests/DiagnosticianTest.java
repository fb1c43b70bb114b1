// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.service.ScoringServices;
import dev.cartograph.service.ValidationServices;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.CartographValidator;
import dev.cartograph.validation.ComposedValidator;
import dev.cartograph.validation.FindingDiagnostic;

/**
 * The validator of the services registered in EMF's validator registry: EMF's Diagnostician
 * then reports the built-in and contributed rules' findings, next to EMF's own checks.
 */
class DiagnosticianTest {

    private static final String EXAMPLE_RULE = "example.aiActHighRiskWithoutComplianceNotes";
    private static final String HIGH_RISK = "\"Claims triage assistant\" is rated 3 out of 4 on the EU AI Act risk scale "
            + "(high risk) but its business case has no compliance notes: record how the system will meet the "
            + "obligations of a high-risk AI system (risk management, data governance, human oversight, conformity "
            + "assessment, registration).";

    /**
     * What the Diagnostician reports on the sample rated high risk, object by object and on each
     * the most serious first: the use case is not anchored (warning) and its scores have no
     * rationale (info); its business case lacks compliance notes (the example rule, warning) and
     * a KPI (info).
     */
    private static final List<String> SAMPLE_RULES = List.of(BuiltInRules.USE_CASE_UNANCHORED,
            BuiltInRules.USE_CASE_SCORE_WITHOUT_RATIONALE, EXAMPLE_RULE, BuiltInRules.BUSINESS_CASE_NO_MEASURABLE_KPI);

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
    void theDiagnosticianReportsBuiltInAndContributedFindings() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        CartographValidator validator = opened.validation().registerValidator(registry);
        ComposedValidator composed = assertInstanceOf(ComposedValidator.class,
                registry.getEValidator(CartographPackage.eINSTANCE));
        assertEquals(List.of(EObjectValidator.INSTANCE, validator), composed.validators());

        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        UseCase useCase = Sample.useCase(portfolio);
        Sample.rescore(useCase, "ai-act-risk", 3);
        Diagnostic result = diagnose(registry, portfolio);

        assertEquals(Diagnostic.WARNING, result.getSeverity());
        assertEquals(SAMPLE_RULES, ruleIds(result));
        Diagnostic example = result.getChildren().get(2);
        assertEquals(Diagnostic.WARNING, example.getSeverity());
        assertEquals(FindingDiagnostic.SOURCE, example.getSource());
        assertEquals(HIGH_RISK, example.getMessage());
        assertEquals(List.of(useCase.getBusinessCase(), EXAMPLE_RULE, useCase), example.getData());
    }

    @Test
    void registeringTwiceChangesNothingAndDisposingUnregisters() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        ValidationServices services = ValidationServices.open(RegistryFactory.getRegistry(), opened.services);
        CartographValidator validator = services.registerValidator(registry);
        assertSame(validator, services.registerValidator(registry));
        ComposedValidator composed = (ComposedValidator) registry.getEValidator(CartographPackage.eINSTANCE);
        assertEquals(List.of(EObjectValidator.INSTANCE, validator), composed.validators());

        services.dispose();
        assertEquals(List.of(EObjectValidator.INSTANCE), composed.validators());
        assertEquals(Diagnostic.OK, diagnose(registry, Sample.rankable(opened.services.criteria())).getSeverity());
    }

    @Test
    void theGlobalDiagnosticianValidatesWithEveryInstalledRuleOnceRegistered() {
        EValidator previous = EValidator.Registry.INSTANCE.getEValidator(CartographPackage.eINSTANCE);
        ValidationServices services = ValidationServices.open(RegistryFactory.getRegistry(), opened.services);
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        Sample.rescore(Sample.useCase(portfolio), "ai-act-risk", 3);
        try {
            services.registerValidator();
            Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
            context.put(CartographValidator.OPTIONS, Sample.withoutTestRules(services.rules()));
            Diagnostic result = Diagnostician.INSTANCE.validate(portfolio, context);
            assertEquals(SAMPLE_RULES, ruleIds(result));
        } finally {
            services.dispose();
            if (previous == null) {
                EValidator.Registry.INSTANCE.remove(CartographPackage.eINSTANCE);
            } else {
                EValidator.Registry.INSTANCE.put(CartographPackage.eINSTANCE, previous);
            }
        }
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(portfolio).getSeverity());
    }

    @Test
    void theDefaultServicesBuildOnTheDefaultScoringServices() {
        ValidationServices services = ValidationServices.getDefault();
        assertSame(services, ValidationServices.getDefault());
        assertSame(ScoringServices.getDefault(), services.scoring());
        assertTrue(services.rules().find(EXAMPLE_RULE).isPresent());
        assertTrue(services.rules().find(BuiltInRules.USE_CASE_UNANCHORED).isPresent());
        assertSame(services.rules(), services.validation().rules());
    }

    private static Diagnostic diagnose(EValidator.Registry registry, Portfolio portfolio) {
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(CartographValidator.OPTIONS, Sample.withoutTestRules(opened.validation().rules()));
        return diagnostician.validate(portfolio, context);
    }

    private static List<String> ruleIds(Diagnostic result) {
        return result.getChildren().stream().map(d -> FindingDiagnostic.ruleIdOf(d).orElse(d.getMessage())).toList();
    }
}
