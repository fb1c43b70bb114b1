// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ScoringSession;
import dev.cartograph.scoring.ValueSource;
import dev.cartograph.service.ScoringServices;

/**
 * A plug-in installed or uninstalled while Cartograph runs: its contribution is added to the
 * platform's extension registry at run time (allowed by the null user token the test runtime
 * sets, {@code eclipse.registry.nulltoken}) and removed again. The registry tells its listeners
 * on its own thread, so the test waits for the change it expects.
 */
class DynamicContributionTest {

    private static final String EXTENSION_ID = ThisBundle.ID + ".dynamic";
    private static final String CONTRIBUTION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?eclipse version="3.4"?>
            <plugin>
               <extension id="dynamic" point="dev.cartograph.criteria">
                  <criterion id="test-dynamic" label="Installed at run time" side="impact"
                        computer="dev.cartograph.service.tests.ConstantComputer"/>
                  <criterion id="test-dynamic-broken" label="Broken at run time" side="upwards"/>
               </extension>
            </plugin>
            """;
    private static final CriterionFailure BROKEN = new CriterionFailure("test-dynamic-broken", ThisBundle.ID,
            "Criterion \"test-dynamic-broken\": side \"upwards\" is neither impact nor feasibility");
    private static final long WAIT_SECONDS = 30;

    private final IExtensionRegistry registry = RegistryFactory.getRegistry();
    private final BlockingQueue<List<String>> changes = new LinkedBlockingQueue<>();
    private ScoringServices services;

    @BeforeEach
    void open() {
        services = ScoringServices.open(registry);
        services.criteria().addListener(changed -> changes.add(ids(changed.criteria())));
    }

    @AfterEach
    void close() {
        IExtension extension = registry.getExtension(ScoringServices.CRITERIA_EXTENSION_POINT, EXTENSION_ID);
        if (extension != null) {
            registry.removeExtension(extension, null);
        }
        services.dispose();
    }

    @Test
    void aCriterionInstalledAtRunTimeIsAddedAndRemovedWithItsPlugIn() throws Exception {
        assertTrue(services.criteria().find("test-dynamic").isEmpty());

        install();
        awaitCriteria(ids -> ids.contains("test-dynamic"));
        Criterion criterion = services.criteria().find("test-dynamic").orElseThrow();
        assertEquals("Installed at run time", criterion.label());
        assertEquals(ThisBundle.ID, criterion.contributor());
        assertTrue(services.criterionFailures().contains(BROKEN), services.criterionFailures()::toString);

        Portfolio portfolio = Sample.rankable(services.criteria());
        Sample.setting(portfolio, "test-dynamic").setEnabled(true);
        CriterionScore score = services.createEngine().score(portfolio).all().get(0).criterion("test-dynamic")
                .orElseThrow();
        assertEquals(ValueSource.COMPUTED, score.source());
        assertEquals(4.0, score.value());

        uninstall();
        awaitCriteria(ids -> !ids.contains("test-dynamic"));
        assertTrue(services.criteria().find("test-dynamic").isEmpty());
        assertFalse(services.criterionFailures().contains(BROKEN), "an uninstalled plug-in's failures are forgotten");
    }

    @Test
    void anOpenScoringSessionRescoresWhenAPlugInArrives() throws Exception {
        Portfolio portfolio = Sample.rankable(services.criteria());
        // The portfolio lists its grid, so it enables the criterion it expects before it is installed.
        Sample.setting(portfolio, "test-dynamic").setEnabled(true);
        Sample.score(Sample.useCase(portfolio), "test-dynamic", 5);
        BlockingQueue<ScoringResult> results = new LinkedBlockingQueue<>();
        ScoringSession session = services.createEngine().attach(portfolio);
        try {
            session.addListener(results::add);
            assertEquals(List.of("test-dynamic"),
                    session.current().unknownCriteria().stream().map(u -> u.criterionId()).toList());

            install();
            ScoringResult rescored = results.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(rescored != null, "no new result after the plug-in was installed");
            assertEquals(List.of(), rescored.unknownCriteria());
            CriterionScore score = rescored.all().get(0).criterion("test-dynamic").orElseThrow();
            assertEquals(ValueSource.ASSESSED, score.source());
            assertEquals(5.0, score.value());
        } finally {
            session.dispose();
        }
    }

    private void install() {
        IContributor contributor = ContributorFactoryOSGi.createContributor(Platform.getBundle(ThisBundle.ID));
        boolean added = registry.addContribution(
                new ByteArrayInputStream(CONTRIBUTION.getBytes(StandardCharsets.UTF_8)), contributor, false,
                "Cartograph test contribution", null, null);
        assertTrue(added, "the registry refused the contribution");
    }

    private void uninstall() {
        IExtension extension = registry.getExtension(ScoringServices.CRITERIA_EXTENSION_POINT, EXTENSION_ID);
        assertTrue(registry.removeExtension(extension, null), "the registry refused to remove the contribution");
    }

    private void awaitCriteria(Predicate<List<String>> expected) throws InterruptedException {
        while (true) {
            List<String> ids = changes.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(ids != null, "the registry change did not reach the criteria");
            if (expected.test(ids)) {
                return;
            }
        }
    }

    private static List<String> ids(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::id).toList();
    }
}
