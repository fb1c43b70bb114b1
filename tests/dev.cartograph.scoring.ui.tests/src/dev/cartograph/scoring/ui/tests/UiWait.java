// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Runs the event loop until something the user would see has happened. */
public final class UiWait {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private UiWait() {
    }

    /**
     * Dispatches UI events until {@code probe} gives a non-null value.
     *
     * @return that value, or {@code null} if it did not come within {@code patience}
     */
    public static <T> T until(Supplier<T> probe, Duration patience) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + patience.toNanos();
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

    /**
     * Dispatches UI events until the condition holds.
     *
     * @return whether it held within the default patience
     */
    public static boolean until(BooleanSupplier condition) {
        return until(() -> condition.getAsBoolean() ? Boolean.TRUE : null, PATIENCE) != null;
    }

    /** Dispatches the UI events waiting now, and those they post. */
    public static void settle() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 5; round++) {
            while (display.readAndDispatch()) {
                // keep going
            }
        }
    }
}
