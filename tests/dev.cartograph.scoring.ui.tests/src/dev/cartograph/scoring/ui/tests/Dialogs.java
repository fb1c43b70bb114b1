// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Answers a dialog that an action is about to open, as a user would: types into it and presses OK. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Watches for a dialog with that title while the test goes on, and answers it once.
     *
     * @param title the dialog's title
     * @param typed the text to type into its field
     * @return the message the dialog showed, once answered (else {@code null})
     */
    public static AtomicReference<String> answer(String title, String typed) {
        AtomicReference<String> shown = new AtomicReference<>();
        Display display = Display.getCurrent();
        Runnable[] watch = new Runnable[1];
        long deadline = System.currentTimeMillis() + 30_000;
        watch[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && title.equals(shell.getText()) && shell.getDefaultButton() != null) {
                    List<String> texts = new ArrayList<>();
                    Text field = field(shell, texts);
                    shown.set(String.join("\n", texts)); //$NON-NLS-1$
                    field.setText(typed);
                    shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, watch[0]);
            }
        };
        display.timerExec(50, watch[0]);
        return shown;
    }

    private static Text field(Composite parent, List<String> texts) {
        Text found = null;
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && (text.getStyle() & SWT.READ_ONLY) == 0 && found == null) {
                found = text;
            } else if (child instanceof org.eclipse.swt.widgets.Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                Text inner = field(composite, texts);
                found = found == null ? inner : found;
            }
        }
        return found;
    }
}
