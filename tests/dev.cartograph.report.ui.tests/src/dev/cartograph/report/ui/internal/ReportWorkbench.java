// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.report.ui.ReportUi;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/** Drives the workbench as a user would: files, editors, commands, and the dialogs they open. */
final class ReportWorkbench {

    /** Generous: a loaded build machine makes the first report of a JVM slow (fonts, renderer). */
    static final Duration PATIENCE = Duration.ofSeconds(120);
    private static boolean firstLaunchSettled;

    private ReportWorkbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Lets the first launch open the sample once, then closes every editor. */
    static void reset() {
        if (!firstLaunchSettled) {
            waitFor(() -> page().getEditorReferences().length > 0, Duration.ofSeconds(45));
            firstLaunchSettled = true;
        }
        page().closeAllEditors(false);
        settle();
    }

    /** Writes the sample into a project of the workspace and opens it. */
    static PortfolioEditor openSample(String projectName) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("kestrel.cartograph");
        ModelPersistence.save(SamplePortfolio.build(), file.getLocation().toFile().toPath());
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(page(), file, PortfolioEditor.ID, true);
        settle();
        return editor;
    }

    /** Runs a command as its menu item would; returns once its dialog is closed. */
    static void run(String commandId) {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        try {
            handlers.executeCommand(commandId, null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            throw new AssertionError(commandId + " could not run: " + e.getMessage(), e);
        }
        settle();
    }

    /**
     * Watches for the report dialog while the test goes on, and fills it in once (the
     * callback sets the widgets; Generate is pressed after it).
     */
    static void whenReportDialog(Consumer<ReportDialog> fill) {
        whenShell(shell -> shell.getData() instanceof ReportDialog, shell -> {
            ReportDialog dialog = (ReportDialog) shell.getData();
            fill.accept(dialog);
            press(shell, Messages.ReportDialog_generate);
        });
    }

    /**
     * Watches for the dialog that tells what came of a report, written or not, and closes it.
     *
     * @return its title and texts, once closed (else {@code null})
     */
    static AtomicReference<String> whenOutcome() {
        AtomicReference<String> shown = new AtomicReference<>();
        whenShell(shell -> Messages.ReportOutcome_doneTitle.equals(shell.getText())
                || Messages.ReportOutcome_failedTitle.equals(shell.getText()), shell -> {
                    List<String> texts = new ArrayList<>(List.of(shell.getText()));
                    collect(shell, texts);
                    shown.set(String.join("\n", texts));
                    press(shell, Messages.ReportOutcome_doneTitle.equals(shell.getText()) ? Messages.ReportOutcome_close
                            : org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
                });
        return shown;
    }

    private static void whenShell(java.util.function.Predicate<Shell> which, Consumer<Shell> answer) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 3 * PATIENCE.toMillis(); // the dialog, then the job
        Runnable[] watch = new Runnable[1];
        watch[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && which.test(shell)) {
                    answer.accept(shell);
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, watch[0]);
            }
        };
        display.timerExec(50, watch[0]);
    }

    static void select(org.eclipse.swt.widgets.Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    static void type(org.eclipse.swt.widgets.Text text, String value) {
        text.setText(value);
    }

    static void check(Button button, boolean checked) {
        button.setSelection(checked);
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static void press(Shell shell, String label) {
        Button button = find(shell, label);
        if (button == null) {
            throw new AssertionError("no button " + label + " on " + shell.getText());
        }
        if (!button.isEnabled()) {
            throw new AssertionError(label + " is disabled on " + shell.getText());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static Button find(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && label.equals(button.getText())) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = find(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                collect(composite, texts);
            }
        }
    }

    /** Waits until no report job is left, dispatching UI events meanwhile. */
    static void awaitReports() {
        waitFor(() -> Job.getJobManager().find(ReportUi.JOB_FAMILY).length == 0, PATIENCE);
        settle();
    }

    static boolean waitFor(BooleanSupplier condition, Duration patience) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            display.timerExec(20, () -> { /* wakes up sleep() */ });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return true;
    }

    static void settle() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 5; round++) {
            while (display.readAndDispatch()) {
                // keep going
            }
        }
    }
}
