// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;

/**
 * Keeps the mouse wheel from changing a value the user is not editing. On GTK a drop-down list
 * under the pointer takes the wheel and selects the next value: scrolling down a form would
 * silently change every choice it passes. A guarded control takes the wheel only while it has
 * the focus; otherwise the wheel scrolls the form around it, as the user meant. Likewise a
 * multi-line text or a table inside a form gives the wheel on to the form when it has nothing
 * more to scroll that way, so that scrolling down a form never stops over it.
 */
public final class WheelGuard implements Listener {

    private final boolean passOnAtEnd;

    private WheelGuard(boolean passOnAtEnd) {
        this.passOnAtEnd = passOnAtEnd;
    }

    /**
     * @param control a control that changes its value with the wheel (a combo, a spinner)
     */
    public static void install(Control control) {
        WheelGuard guard = new WheelGuard(false);
        control.addListener(SWT.MouseVerticalWheel, guard);
        control.addListener(SWT.MouseWheel, guard);
    }

    /**
     * @param control a control that scrolls its own content (a multi-line text, a table) inside
     *        a form: the wheel scrolls it while it can go that way, then the form
     */
    public static void passOnAtEnd(Control control) {
        control.addListener(SWT.MouseVerticalWheel, new WheelGuard(true));
    }

    @Override
    public void handleEvent(Event event) {
        Control control = (Control) event.widget;
        if (passOnAtEnd) {
            if (event.count != 0 && !canScroll(control, event.count)) {
                event.doit = false;
                scroll(control.getParent(), event.count);
            }
            return;
        }
        if (control.isFocusControl()) {
            return;
        }
        event.doit = false;
        if (event.type == SWT.MouseWheel && event.count != 0) {
            scroll(control.getParent(), event.count);
        }
    }

    /** @return whether the control's own content can scroll further up (count &gt; 0) or down */
    private static boolean canScroll(Control control, int count) {
        ScrollBar bar = control instanceof Scrollable scrollable ? scrollable.getVerticalBar() : null;
        if (bar == null || !bar.isVisible() || !bar.isEnabled() || bar.getThumb() >= bar.getMaximum() - bar.getMinimum()) {
            return false;
        }
        return count > 0 ? bar.getSelection() > bar.getMinimum() : bar.getSelection() + bar.getThumb() < bar.getMaximum();
    }

    private static void scroll(Composite parent, int count) {
        for (Composite current = parent; current != null; current = current.getParent()) {
            if (current instanceof ScrolledComposite scrolled && scrolled.getVerticalBar() != null) {
                Point origin = scrolled.getOrigin();
                int step = Math.max(1, scrolled.getVerticalBar().getIncrement()) * Math.max(1, Math.abs(count));
                scrolled.setOrigin(origin.x, Math.max(0, origin.y - Integer.signum(count) * step));
                return;
            }
        }
    }
}
