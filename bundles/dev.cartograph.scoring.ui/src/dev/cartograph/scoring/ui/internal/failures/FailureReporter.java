// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.failures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.service.ScoringServices;

/**
 * Tells the user, once per failing contribution, that a criterion or strategy plug-in failed:
 * an entry in the Error Log under the failing bundle's name, and a notification that names it.
 * The rest of the workbench keeps working: the scoring core has already isolated the failure.
 */
public final class FailureReporter {

    /**
     * A failure to report.
     *
     * @param key what makes it the same failure (the contribution)
     * @param contributor the failing bundle
     * @param message what the user reads
     */
    public record Report(String key, String contributor, String message) {
    }

    private static FailureReporter defaultInstance;

    private final Set<String> reported = new HashSet<>();
    private final Supplier<List<Report>> installationFailures;
    private final Consumer<IStatus> log;
    private final Consumer<List<Report>> notifier;

    /**
     * @param installationFailures the failures of contributions when they were installed
     * @param log where failures are logged
     * @param notifier shows new failures to the user
     */
    public FailureReporter(Supplier<List<Report>> installationFailures, Consumer<IStatus> log,
            Consumer<List<Report>> notifier) {
        this.installationFailures = installationFailures;
        this.log = log;
        this.notifier = notifier;
    }

    /** @return the workbench's reporter: Error Log and a notification pop-up */
    public static synchronized FailureReporter getDefault() {
        if (defaultInstance == null) {
            defaultInstance = new FailureReporter(FailureReporter::servicesFailures,
                    status -> ILog.of(FailureReporter.class).log(status), FailurePopup::show);
        }
        return defaultInstance;
    }

    /**
     * Reports the failures of a scoring and of the installed contributions not reported before.
     * Call on the UI thread.
     *
     * @param result a scoring, or {@code null} for only the installation failures
     */
    public void report(ScoringResult result) {
        List<Report> fresh = new ArrayList<>();
        for (Report report : installationFailures.get()) {
            remember(report, fresh);
        }
        if (result != null) {
            for (CriterionFailure failure : result.failures()) {
                remember(of(failure), fresh);
            }
            result.strategyFailure().ifPresent(failure -> remember(of(failure), fresh));
        }
        if (fresh.isEmpty()) {
            return;
        }
        for (Report report : fresh) {
            String pluginId = report.contributor() == null || report.contributor().isBlank() ? ScoringUi.PLUGIN_ID
                    : report.contributor();
            log.accept(new Status(IStatus.ERROR, pluginId, report.message()));
        }
        notifier.accept(List.copyOf(fresh));
    }

    /**
     * @param failure a criterion's failure
     * @return what to tell the user
     */
    public static Report of(CriterionFailure failure) {
        return new Report("criterion:" + failure.criterionId() + '@' + failure.contributor(), failure.contributor(), //$NON-NLS-1$
                NLS.bind(Messages.Failure_criterion, new Object[] { failure.contributor(), failure.criterionId(),
                        failure.message() }));
    }

    /**
     * @param failure a strategy's failure
     * @return what to tell the user
     */
    public static Report of(StrategyFailure failure) {
        return new Report("strategy:" + failure.strategyId() + '@' + failure.contributor(), failure.contributor(), //$NON-NLS-1$
                NLS.bind(Messages.Failure_strategy, new Object[] { failure.contributor(), failure.strategyId(),
                        failure.message() }));
    }

    private void remember(Report report, List<Report> fresh) {
        if (reported.add(report.key())) {
            fresh.add(report);
        }
    }

    private static List<Report> servicesFailures() {
        List<Report> reports = new ArrayList<>();
        try {
            ScoringServices services = ScoringServices.getDefault();
            for (CriterionFailure failure : services.criterionFailures()) {
                reports.add(of(failure));
            }
            for (StrategyFailure failure : services.strategyFailures()) {
                reports.add(of(failure));
            }
        } catch (IllegalStateException e) {
            // no extension registry: nothing was installed that could fail
        }
        return reports;
    }
}
