// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** Drives the workbench as a user would, and waits for what the user would see. */
final class Ui {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private Ui() {
    }

    /** Runs the event loop until nothing is left to do. */
    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /**
     * Dispatches UI events until {@code probe} gives a non-null value.
     *
     * @return that value, or {@code null} if it did not come in time
     */
    static <T> T until(Supplier<T> probe) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T value = probe.get();
        while (value == null && System.nanoTime() < deadline) {
            display.timerExec(50, () -> { /* wakes up sleep() */ });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
            value = probe.get();
        }
        return value;
    }

    /** Dispatches UI events until the condition holds; returns whether it did in time. */
    static boolean waitFor(BooleanSupplier condition) {
        return until(() -> condition.getAsBoolean() ? Boolean.TRUE : null) != null;
    }

    /** Types into a text field and leaves it, as a user does before moving on. */
    static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new Event());
        flush();
    }

    /**
     * Runs a workbench command, as its key binding or menu item would (for example
     * {@code org.eclipse.ui.edit.undo}).
     */
    static void run(String commandId) {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        try {
            handlers.executeCommand(commandId, null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            throw new AssertionError(commandId + " could not run: " + e.getMessage(), e);
        }
        flush();
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
