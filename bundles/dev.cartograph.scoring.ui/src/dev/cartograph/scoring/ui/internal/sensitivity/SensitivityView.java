// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.sensitivity;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.sensitivity.AdjacentSwap;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.sensitivity.SensitivityResult;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;
import dev.cartograph.scoring.ui.internal.workbench.ScoringViewPart;
import dev.cartograph.ui.preferences.CartographPreferences;

/**
 * How robust the ranking of the active portfolio is to its weights: for the top K and the
 * selected use cases, the range of ranks they take when every weight varies and how often they
 * stay in the top K; for neighbours, the smallest weight change that swaps them. The analysis
 * runs in a cancellable background job, again after the scores change when it is quick.
 */
public final class SensitivityView extends ScoringViewPart {

    private static final long QUICK_MS = 1500;
    private static final int RERUN_DELAY_MS = 600;

    private Composite area;
    private Label status;
    private RobustnessTable robustness;
    private SwapsTable swaps;
    private ScoringResult current;
    private ScoringResult analysed;
    private SensitivityResult analysis;
    private Job job;
    private long lastDurationMs = Long.MAX_VALUE;
    private int generation;
    private final IPropertyChangeListener preferences = event -> {
        if (CartographPreferences.isSensitivitySetting(event.getProperty())) {
            Display.getDefault().asyncExec(this::rerun);
        }
    };

    @Override
    protected void createContent(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
        status = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(status);
        SashForm sash = new SashForm(area, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        robustness = new RobustnessTable(sash, this::userSelected);
        swaps = new SwapsTable(sash);
        sash.setWeights(60, 40);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        Action rerun = new Action(Messages.Sensitivity_rerun) {
            @Override
            public void run() {
                rerun();
            }
        };
        rerun.setImageDescriptor(ScoringUiPlugin.descriptor(ScoringUiPlugin.IMG_RERUN));
        Action stop = new Action(Messages.Sensitivity_stop) {
            @Override
            public void run() {
                cancel();
            }
        };
        stop.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
        Action settings = new Action(Messages.Sensitivity_settings) {
            @Override
            public void run() {
                PreferencesUtil.createPreferenceDialogOn(area.getShell(), CartographPreferences.SENSITIVITY_PAGE_ID, null, null)
                        .open();
            }
        };
        settings.setImageDescriptor(ScoringUiPlugin.descriptor(ScoringUiPlugin.IMG_SETTINGS));
        toolbar.add(rerun);
        toolbar.add(stop);
        toolbar.add(settings);
        CartographPreferences.store().addPropertyChangeListener(preferences);
    }

    @Override
    public void dispose() {
        CartographPreferences.store().removePropertyChangeListener(preferences);
        cancel();
        super.dispose();
    }

    @Override
    protected void showScoring(ScoringResult result, boolean portfolioChanged) {
        current = result;
        if (portfolioChanged) {
            analysis = null;
            analysed = null;
            lastDurationMs = Long.MAX_VALUE;
            robustness.setInput(List.of(), options().topK());
            swaps.setInput(List.of());
        }
        if (result == null) {
            cancel();
            status.setText(Messages.View_noPortfolio);
            return;
        }
        if (portfolioChanged || lastDurationMs <= QUICK_MS) {
            schedule(portfolioChanged ? 0 : RERUN_DELAY_MS);
        } else {
            status.setText(Messages.Sensitivity_outdated);
        }
    }

    @Override
    protected void revealUseCases(List<UseCase> useCases) {
        if (analysis != null) {
            show(analysis, useCases);
            robustness.select(useCases);
        }
    }

    @Override
    public void setFocus() {
        robustness.getViewer().getTable().setFocus();
    }

    @Override
    protected boolean isDisposed() {
        return area == null || area.isDisposed();
    }

    /** @return the analysis shown, or {@code null} (for tests) */
    public SensitivityResult getAnalysis() {
        return analysis;
    }

    /** Runs the analysis again now. */
    public void rerun() {
        if (!isDisposed() && current != null) {
            schedule(0);
        }
    }

    private void cancel() {
        generation++;
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    private void schedule(long delay) {
        cancel();
        ScoringResult result = current;
        if (!SensitivityAnalysis.supports(result)) {
            status.setText(NLS.bind(Messages.Sensitivity_notLinear, result.strategy().label()));
            return;
        }
        if (result.ranking().size() < 2) {
            status.setText(Messages.Sensitivity_tooFew);
            robustness.setInput(List.of(), options().topK());
            swaps.setInput(List.of());
            return;
        }
        SensitivityOptions options = options();
        int mine = generation;
        status.setText(NLS.bind(Messages.Sensitivity_running, settingsText(options)));
        job = Job.create(Messages.Sensitivity_jobName, (IProgressMonitor monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, Messages.Sensitivity_jobName, Math.max(1, options.samples()));
            long start = System.nanoTime();
            int[] reported = { 0 };
            SensitivityResult outcome = ChunkedSensitivity.analyse(result, options, monitor::isCanceled, done -> {
                progress.worked(done - reported[0]);
                reported[0] = done;
            });
            if (outcome == null) {
                return Status.CANCEL_STATUS;
            }
            long duration = (System.nanoTime() - start) / 1_000_000;
            Display.getDefault().asyncExec(() -> finished(mine, result, outcome, duration));
            return Status.OK_STATUS;
        });
        job.setPriority(Job.LONG);
        job.schedule(delay);
    }

    private void finished(int run, ScoringResult result, SensitivityResult outcome, long duration) {
        if (isDisposed() || run != generation) {
            return;
        }
        job = null;
        analysed = result;
        analysis = outcome;
        lastDurationMs = duration;
        List<UseCase> selected = selectedUseCases();
        show(outcome, selected);
        robustness.select(selected);
        String text = NLS.bind(Messages.Sensitivity_done, settingsText(outcome.options()),
                NumberFormat.getNumberInstance().format(duration / 1000.0));
        status.setText(analysed == current ? text : text + ' ' + Messages.Sensitivity_outdated);
        area.layout();
    }

    private void show(SensitivityResult outcome, List<UseCase> selected) {
        int k = outcome.options().topK();
        List<RankRobustness> rows = new ArrayList<>();
        Set<Integer> ranks = new java.util.TreeSet<>();
        for (RankRobustness row : outcome.useCases()) {
            if (row.rank() <= k || selected.contains(row.useCase().useCase())) {
                rows.add(row);
                ranks.add(row.rank());
            }
        }
        robustness.setInput(rows, k);
        List<AdjacentSwap> pairs = new ArrayList<>();
        for (AdjacentSwap swap : outcome.swaps()) {
            if (ranks.contains(swap.rank()) || ranks.contains(swap.rank() + 1)) {
                pairs.add(swap);
            }
        }
        swaps.setInput(pairs);
    }

    /** @return the options of the preferences, leaving a processor to the user interface */
    private static SensitivityOptions options() {
        return CartographPreferences.sensitivityOptions()
                .withThreads(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    private static String settingsText(SensitivityOptions options) {
        NumberFormat percent = NumberFormat.getPercentInstance();
        return NLS.bind(Messages.Sensitivity_settingsSummary, new Object[] { percent.format(options.spread()),
                NumberFormat.getIntegerInstance().format(options.samples()), options.topK() });
    }
}
