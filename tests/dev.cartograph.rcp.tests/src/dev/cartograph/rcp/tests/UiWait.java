// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.tests;

import java.time.Duration;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Runs the event loop until something the user would see has happened. */
final class UiWait {

    private UiWait() {
    }

    /**
     * Dispatches UI events until {@code probe} gives a non-null value.
     *
     * @return that value, or {@code null} if it did not come within {@code patience}
     */
    static <T> T until(Supplier<T> probe, Duration patience) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + patience.toNanos();
        T value = probe.get();
        while (value == null && System.nanoTime() < deadline) {
            display.timerExec(100, () -> { /* wakes up sleep() */ });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
            value = probe.get();
        }
        return value;
    }
}
