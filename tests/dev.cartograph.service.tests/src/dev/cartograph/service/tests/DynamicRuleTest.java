// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.service.ScoringServices;
import dev.cartograph.service.ValidationServices;
import dev.cartograph.validation.CartographValidator;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingDiagnostic;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationRule;

/**
 * A plug-in that contributes a rule, installed or uninstalled while Cartograph runs: its
 * contribution is added to the platform's extension registry at run time (allowed by the null
 * user token the test runtime sets) and removed again. The registry tells its listeners on its
 * own thread, so the test waits for the change it expects.
 */
class DynamicRuleTest {

    private static final String EXTENSION_ID = ThisBundle.ID + ".dynamicRules";
    private static final String RULE = "test-dynamic-rule";
    private static final String CONTRIBUTION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?eclipse version="3.4"?>
            <plugin>
               <extension id="dynamicRules" point="dev.cartograph.validationRules">
                  <rule id="test-dynamic-rule" label="Installed at run time" severity="error"
                        class="dev.cartograph.service.tests.EveryUseCaseCheck"/>
                  <rule id="test-dynamic-broken" label="Broken at run time" severity="loud"
                        class="dev.cartograph.service.tests.EveryUseCaseCheck"/>
               </extension>
            </plugin>
            """;
    private static final RuleFailure BROKEN = new RuleFailure("test-dynamic-broken", ThisBundle.ID,
            "Validation rule \"test-dynamic-broken\": severity \"loud\" is none of error, warning and info");
    private static final long WAIT_SECONDS = 30;

    private final IExtensionRegistry registry = RegistryFactory.getRegistry();
    private final BlockingQueue<List<String>> changes = new LinkedBlockingQueue<>();
    private ScoringServices scoring;
    private ValidationServices services;

    @BeforeEach
    void open() {
        scoring = ScoringServices.open(registry);
        services = ValidationServices.open(registry, scoring);
        services.rules().addListener(changed -> changes.add(ids(changed.rules())));
    }

    @AfterEach
    void close() {
        IExtension extension = registry.getExtension(ValidationServices.RULES_EXTENSION_POINT, EXTENSION_ID);
        if (extension != null) {
            registry.removeExtension(extension, null);
        }
        services.dispose();
        scoring.dispose();
    }

    @Test
    void aRuleInstalledAtRunTimeIsAddedAndRemovedWithItsPlugIn() throws Exception {
        assertTrue(services.rules().find(RULE).isEmpty());
        Portfolio portfolio = Sample.rankable(scoring.criteria());
        UseCase useCase = Sample.useCase(portfolio);

        install();
        awaitRules(ids -> ids.contains(RULE));
        ValidationRule rule = services.rules().find(RULE).orElseThrow();
        assertEquals("Installed at run time", rule.label(Locale.ENGLISH));
        assertEquals(ThisBundle.ID, rule.contributor());
        assertTrue(services.ruleFailures().contains(BROKEN), services.ruleFailures()::toString);
        List<Finding> findings = findings(portfolio);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(useCase, findings.get(0).element());
        assertEquals(FindingSeverity.ERROR, findings.get(0).severity());

        uninstall();
        awaitRules(ids -> !ids.contains(RULE));
        assertTrue(services.rules().find(RULE).isEmpty());
        assertEquals(List.of(), findings(portfolio));
        assertFalse(services.ruleFailures().contains(BROKEN), "an uninstalled plug-in's failures are forgotten");
    }

    @Test
    void theRegisteredValidatorFollowsThePlugIns() throws Exception {
        EValidator.Registry validators = new EValidatorRegistryImpl();
        CartographValidator validator = services.registerValidator(validators);
        assertSame(services.validator(), validator);
        Portfolio portfolio = Sample.rankable(scoring.criteria());
        Diagnostic before = diagnose(validators, portfolio);
        assertFalse(ruleIds(before).contains(RULE));
        assertEquals(Diagnostic.WARNING, before.getSeverity(), before::toString);

        install();
        awaitRules(ids -> ids.contains(RULE));
        Diagnostic after = diagnose(validators, portfolio);
        assertTrue(ruleIds(after).contains(RULE), after::toString);
        assertEquals(Diagnostic.ERROR, after.getSeverity(), "the new rule's findings are errors");
    }

    private static Diagnostic diagnose(EValidator.Registry validators, Portfolio portfolio) {
        Diagnostician diagnostician = new Diagnostician(validators);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(CartographValidator.OPTIONS, ValidationOptions.defaults().withLocale(Locale.ENGLISH));
        return diagnostician.validate(portfolio, context);
    }

    private void install() {
        IContributor contributor = ContributorFactoryOSGi.createContributor(Platform.getBundle(ThisBundle.ID));
        boolean added = registry.addContribution(
                new ByteArrayInputStream(CONTRIBUTION.getBytes(StandardCharsets.UTF_8)), contributor, false,
                "Cartograph test rule contribution", null, null);
        assertTrue(added, "the registry refused the contribution");
    }

    private void uninstall() {
        IExtension extension = registry.getExtension(ValidationServices.RULES_EXTENSION_POINT, EXTENSION_ID);
        assertTrue(registry.removeExtension(extension, null), "the registry refused to remove the contribution");
    }

    private void awaitRules(Predicate<List<String>> expected) throws InterruptedException {
        while (true) {
            List<String> ids = changes.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(ids != null, "the registry change did not reach the rules");
            if (expected.test(ids)) {
                return;
            }
        }
    }

    private List<Finding> findings(Portfolio portfolio) {
        return services.validation().validate(portfolio, scoring.createEngine(),
                ValidationOptions.defaults().withLocale(Locale.ENGLISH)).findingsOf(RULE);
    }

    private static List<String> ruleIds(Diagnostic result) {
        return result.getChildren().stream().map(d -> FindingDiagnostic.ruleIdOf(d).orElse("")).toList();
    }

    private static List<String> ids(List<ValidationRule> rules) {
        return rules.stream().map(ValidationRule::id).toList();
    }
}
