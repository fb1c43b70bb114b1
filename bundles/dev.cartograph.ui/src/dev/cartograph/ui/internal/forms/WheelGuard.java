// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Keeps the mouse wheel from changing a value the user is not editing. On GTK a drop-down list
 * under the pointer takes the wheel and selects the next value: scrolling down a form would
 * silently change every choice it passes. A guarded control takes the wheel only while it has
 * the focus; otherwise the wheel scrolls the form around it, as the user meant.
 */
public final class WheelGuard implements Listener {

    private WheelGuard() {
    }

    /**
     * @param control a control that changes its value with the wheel (a combo, a spinner)
     */
    public static void install(Control control) {
        WheelGuard guard = new WheelGuard();
        control.addListener(SWT.MouseVerticalWheel, guard);
        control.addListener(SWT.MouseWheel, guard);
    }

    @Override
    public void handleEvent(Event event) {
        Control control = (Control) event.widget;
        if (control.isFocusControl()) {
            return;
        }
        event.doit = false;
        if (event.type == SWT.MouseWheel && event.count != 0) {
            scroll(control.getParent(), event.count);
        }
    }

    private static void scroll(Composite parent, int count) {
        for (Composite current = parent; current != null; current = current.getParent()) {
            if (current instanceof ScrolledComposite scrolled && scrolled.getVerticalBar() != null) {
                Point origin = scrolled.getOrigin();
                int step = Math.max(1, scrolled.getVerticalBar().getIncrement());
                scrolled.setOrigin(origin.x, Math.max(0, origin.y - Integer.signum(count) * step));
                return;
            }
        }
    }
}
