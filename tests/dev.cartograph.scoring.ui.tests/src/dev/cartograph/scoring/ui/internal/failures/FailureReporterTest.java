// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.failures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ui.tests.TinyPortfolio;

/** A failing criterion plug-in is reported once, naming its bundle, in the log and to the user. */
class FailureReporterTest {

    private final List<IStatus> logged = new ArrayList<>();
    private final List<List<FailureReporter.Report>> shown = new ArrayList<>();
    private final List<FailureReporter.Report> installation = new ArrayList<>();
    private final FailureReporter reporter = new FailureReporter(() -> installation, logged::add, shown::add);

    @Test
    void aContributionRefusedAtInstallationIsReportedOnce() {
        installation.add(FailureReporter.of(new CriterionFailure("esg", "com.example.esg", "no label")));

        reporter.report(null);
        reporter.report(null);

        assertEquals(1, shown.size());
        assertEquals(1, logged.size());
        IStatus status = logged.get(0);
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertEquals("com.example.esg", status.getPlugin(), "the Error Log names the failing bundle");
        assertEquals("The plug-in com.example.esg failed on its criterion \u201Cesg\u201D: no label. The other "
                + "criteria still score; the values of this one are missing until the plug-in is fixed.",
                status.getMessage());
    }

    @Test
    void aCriterionThatThrowsWhileScoringIsReportedOnceWhateverTheNumberOfUseCases() {
        Criterion broken = TinyPortfolio.computed("broken", "org.example.broken", useCase -> {
            throw new IllegalStateException("division by zero");
        });
        Criterion fine = TinyPortfolio.computed("fine", "org.example.fine", useCase -> OptionalDouble.of(3));
        TinyPortfolio tiny = new TinyPortfolio();
        tiny.add("Alpha", Scope.INTERNAL, UseCaseStatus.IDEA, Double.NaN, Double.NaN);
        tiny.add("Bravo", Scope.INTERNAL, UseCaseStatus.IDEA, Double.NaN, Double.NaN);
        ScoringEngine engine = TinyPortfolio.engine(broken, fine);
        ScoringResult result = engine.score(tiny.portfolio);

        reporter.report(result);
        reporter.report(engine.score(tiny.portfolio));

        assertEquals(1, shown.size());
        assertEquals(1, shown.get(0).size());
        FailureReporter.Report report = shown.get(0).get(0);
        assertEquals("org.example.broken", report.contributor());
        assertTrue(report.message().startsWith("The plug-in org.example.broken failed on its criterion \u201Cbroken\u201D"),
                report.message());
        assertEquals(3.0, result.all().get(0).criterion("fine").orElseThrow().value(), 1e-9,
                "the other criterion still scores");
    }
}
