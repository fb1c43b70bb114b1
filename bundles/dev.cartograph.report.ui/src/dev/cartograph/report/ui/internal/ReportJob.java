// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.cartograph.maps.Maps;
import dev.cartograph.model.UseCase;
import dev.cartograph.report.RankOrder;
import dev.cartograph.report.ReportException;
import dev.cartograph.report.ReportGenerator;
import dev.cartograph.report.ReportRequest;
import dev.cartograph.report.ui.ReportUi;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.service.ValidationServices;
import dev.cartograph.ui.scoring.WorkbenchScoring;
import dev.cartograph.validation.ValidationOptions;

/**
 * Makes a report from a {@link ModelSnapshot} in the background, with a progress bar (one step
 * per one-pager, then the page layout) and a Cancel button, and writes it atomically: cancelled
 * or failed, the target file is left as it was. What came of it is told to {@link ReportOutcome}
 * on the UI thread.
 */
final class ReportJob extends Job {

    private final ModelSnapshot snapshot;
    private final ReportChoices choices;
    private final ReportOutcome outcome;

    ReportJob(ModelSnapshot snapshot, ReportChoices choices, ReportOutcome outcome) {
        super(NLS.bind(Messages.ReportJob_name, choices.output().getFileName()));
        this.snapshot = snapshot;
        this.choices = choices;
        this.outcome = outcome;
        setUser(true);
        setPriority(LONG);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ReportUi.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        try {
            progress.subTask(Messages.ReportJob_scoring);
            ScoringResult scoring = WorkbenchScoring.engine().score(snapshot.portfolio());
            progress.worked(5);
            List<UseCase> useCases = useCases(scoring);
            ReportRequest request = ReportRequest.builder(scoring).useCases(useCases)
                    .summary(snapshot.useCase() == null && choices.summary()).format(choices.format())
                    .paper(choices.paper()).locale(choices.locale()).templateFolder(choices.templateFolder())
                    .maps(Maps.getDefault().renderer())
                    .validation(() -> ValidationServices.getDefault().validation().validate(snapshot.portfolio(),
                            scoring, ValidationOptions.defaults().withLocale(choices.locale())))
                    .build();
            SubMonitor pages = progress.split(95);
            pages.setWorkRemaining(useCases.size() + 1);
            boolean written = new ReportGenerator().write(request, choices.output(), (done, total) -> {
                if (done < total) {
                    pages.subTask(NLS.bind(Messages.ReportJob_onePagers, done + 1, total));
                } else {
                    pages.subTask(Messages.ReportJob_layout);
                }
                pages.worked(done < total ? 1 : 0);
                return !pages.isCanceled();
            });
            if (!written) {
                return Status.CANCEL_STATUS;
            }
            outcome.written(choices, useCases.size());
            return Status.OK_STATUS;
        } catch (ReportException e) {
            outcome.failed(choices, e.getMessage());
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            ILog.of(getClass()).error(e.toString(), e);
            outcome.failed(choices, NLS.bind(Messages.ReportOutcome_unexpected, e.getClass().getSimpleName()));
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    private List<UseCase> useCases(ScoringResult scoring) {
        if (snapshot.useCase() != null) {
            return List.of(snapshot.useCase());
        }
        return choices.onePagers() ? RankOrder.of(scoring, choices.filter()) : List.of();
    }
}
