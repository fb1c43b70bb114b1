// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.text.MessageFormat;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.scoring.ScoringSessions;
import dev.cartograph.ui.scoring.WorkbenchScoring;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationReport;

/**
 * Validates portfolios and turns the findings into markers: a portfolio open in an editor, as
 * it is in memory (on the UI thread, which owns the model), or a file as it is on disk (in a
 * workspace job).
 */
public final class Validations {

    /** The family of the validation jobs. */
    public static final Object FAMILY = Validations.class;

    private Validations() {
    }

    /**
     * Validates a portfolio in memory, now, and schedules the writing of its file's markers.
     * Call on the thread that owns the model (the UI thread for an editor's portfolio).
     *
     * @param portfolio the portfolio
     * @param file its file
     * @return the report
     */
    public static ValidationReport validateNow(Portfolio portfolio, IFile file) {
        ValidationReport report = ValidationRules.validation().validate(portfolio, scoringOf(portfolio),
                ValidationRules.options());
        List<MarkerSpec> specs = MarkerSpec.of(report, ValidationRules.registry());
        WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.Validation_jobName, file.getName())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                FindingMarkers.replace(file, specs, monitor);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(file);
        job.schedule();
        return report;
    }

    /**
     * Validates an editor's portfolio now, as {@link #validateNow(Portfolio, IFile)} does, and
     * gives the counts on the workbench's status line, so that they never describe an older state.
     *
     * @param editor an editor with a portfolio and a file
     * @return the report
     */
    public static ValidationReport validateNow(PortfolioEditor editor) {
        ValidationReport report = validateNow(editor.getPortfolio(), editor.getFile());
        IActionBars bars = editor.getEditorSite().getActionBars();
        if (bars != null) {
            bars.getStatusLineManager().setMessage(summary(report));
        }
        return report;
    }

    /**
     * @param report a validation report
     * @return its counts, as the status line gives them
     */
    public static String summary(ValidationReport report) {
        return MessageFormat.format(Messages.Validation_summary, report.count(FindingSeverity.ERROR),
                report.count(FindingSeverity.WARNING), report.count(FindingSeverity.INFO));
    }

    /**
     * Schedules the validation of a file as it is on disk.
     *
     * @param file a portfolio file
     * @return the job, scheduled
     */
    public static WorkspaceJob validateFile(IFile file) {
        WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.Validation_jobName, file.getName())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                SubMonitor progress = SubMonitor.convert(monitor, 3);
                if (!file.exists() || file.getLocation() == null) {
                    return Status.OK_STATUS;
                }
                List<MarkerSpec> specs;
                try {
                    Resource resource = ModelPersistence.load(ModelPersistence.createResourceSet(),
                            URI.createFileURI(file.getLocation().toOSString()));
                    progress.worked(1);
                    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Portfolio p)) {
                        return Status.OK_STATUS;
                    }
                    ValidationReport report = ValidationRules.validation().validate(p, WorkbenchScoring.engine(),
                            ValidationRules.options());
                    specs = MarkerSpec.of(report, ValidationRules.registry());
                } catch (ModelLoadException e) {
                    specs = List.of(MarkerSpec.unreadable(NLS.bind(Messages.Validation_unreadable, e.getMessage())));
                }
                progress.worked(1);
                FindingMarkers.replace(file, specs, progress.split(1));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(file);
        job.schedule();
        return job;
    }

    /**
     * @param portfolio a portfolio in memory
     * @return its current scoring: the shared one of its editor and views, else computed now
     */
    static ScoringResult scoringOf(Portfolio portfolio) {
        return ScoringSessions.getDefault().find(portfolio).map(scoring -> scoring.current())
                .orElseGet(() -> WorkbenchScoring.engine().score(portfolio));
    }
}
