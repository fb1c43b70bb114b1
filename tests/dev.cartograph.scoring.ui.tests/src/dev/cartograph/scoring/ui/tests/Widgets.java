// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Drives SWT widgets as a user does: presses buttons found by their label, types into fields
 * and leaves them, chooses in drop-down lists, edits table cells in place and answers the dialogs
 * that a button opens.
 */
public final class Widgets {

    private Widgets() {
    }

    /**
     * @param near a control
     * @param label a button's label (without its mnemonic)
     * @return the button with that label closest to the control: among its own descendants,
     *         else its parent's, and so on up
     */
    public static Button button(Control near, String label) {
        for (Control scope = near; scope != null; scope = scope.getParent()) {
            Button found = find(scope, label);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no button " + label); //$NON-NLS-1$
    }

    private static Button find(Control control, String label) {
        if (control instanceof Button button && label.equals(button.getText().replace("&", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = find(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Presses a button, which must be shown and enabled. */
    public static void press(Button button) {
        assertTrue(button.isVisible(), () -> button.getText() + " is shown"); //$NON-NLS-1$
        assertTrue(button.isEnabled(), () -> button.getText() + " can be pressed"); //$NON-NLS-1$
        button.notifyListeners(SWT.Selection, new Event());
        UiWait.settle();
    }

    /** Presses the button with that label closest to a control. */
    public static void press(Control near, String label) {
        press(button(near, label));
    }

    /** Types into a text field and leaves it, as a user does before moving on. */
    public static void type(Control field, String value) {
        Text text = (Text) field;
        assertTrue(text.isEnabled(), "the field can be typed into"); //$NON-NLS-1$
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new Event());
        UiWait.settle();
    }

    /** Chooses an item of a drop-down list by its label. */
    public static void choose(Control list, String item) {
        Combo combo = (Combo) list;
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(index >= 0, () -> item + " is not among " + Arrays.toString(combo.getItems())); //$NON-NLS-1$
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        UiWait.settle();
    }

    /**
     * Edits a cell of a table in place: opens its editor, types the text (or chooses the item of
     * a drop-down list) and presses Enter.
     *
     * @param viewer the table
     * @param element the row's element
     * @param column the column's index
     * @param value the text typed, or the label of the item chosen
     */
    public static void editCell(TableViewer viewer, Object element, int column, String value) {
        viewer.editElement(element, column);
        UiWait.settle();
        editActiveCell(viewer, value);
    }

    /** Types into, or chooses in, the cell editor open in a table, and presses Enter. */
    public static void editActiveCell(TableViewer viewer, String value) {
        assertTrue(viewer.isCellEditorActive(), "a cell editor is open"); //$NON-NLS-1$
        Control editor = cellEditorControl(viewer.getTable());
        if (editor instanceof Text text) {
            text.setText(value);
            Event enter = new Event();
            enter.character = '\r';
            enter.keyCode = SWT.CR;
            text.notifyListeners(SWT.KeyDown, enter);
            if (!text.isDisposed() && text.isVisible()) {
                // Enter in a single-line field is its default selection.
                text.notifyListeners(SWT.DefaultSelection, new Event());
            }
        } else if (editor instanceof CCombo combo) {
            int index = Arrays.asList(combo.getItems()).indexOf(value);
            assertTrue(index >= 0, () -> value + " is not among " + Arrays.toString(combo.getItems())); //$NON-NLS-1$
            combo.select(index);
            combo.notifyListeners(SWT.DefaultSelection, new Event());
        } else {
            throw new AssertionError("unexpected cell editor " + editor); //$NON-NLS-1$
        }
        UiWait.settle();
        assertTrue(!viewer.isCellEditorActive(), () -> "the cell editor closed: " + editor + " of " //$NON-NLS-1$ //$NON-NLS-2$
                + Arrays.stream(viewer.getTable().getChildren()).map(c -> c + "/" + c.isVisible()).toList()); //$NON-NLS-1$
    }

    private static Control cellEditorControl(Table table) {
        for (Control child : table.getChildren()) {
            if (!child.isDisposed() && child.isVisible()) {
                return child;
            }
        }
        throw new AssertionError("no cell editor in the table"); //$NON-NLS-1$
    }

    /**
     * Does what opens a dialog, and answers the dialog while it is open.
     *
     * @param type the dialog's class
     * @param opener what the user does that opens the dialog (it returns when the dialog closes)
     * @param answer what the user does in the dialog (it must close the dialog)
     */
    public static <T extends Window> void answer(Class<T> type, Runnable opener, Consumer<T> answer) {
        Display display = Display.getCurrent();
        boolean[] answered = { false };
        boolean[] over = { false };
        Throwable[] failure = { null };
        Runnable[] poll = { null };
        poll[0] = () -> {
            if (over[0] || answered[0]) {
                return;
            }
            Shell shell = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && type.isInstance(s.getData()))
                    .findFirst().orElse(null);
            if (shell == null) {
                display.timerExec(50, poll[0]);
                return;
            }
            answered[0] = true;
            try {
                answer.accept(type.cast(shell.getData()));
            } catch (RuntimeException | AssertionError e) {
                failure[0] = e;
            }
            if (!shell.isDisposed()) {
                shell.close();
            }
        };
        display.timerExec(50, poll[0]);
        opener.run();
        over[0] = true;
        UiWait.settle();
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof AssertionError e) {
            throw e;
        }
        assertTrue(answered[0], () -> "no " + type.getSimpleName() + " opened"); //$NON-NLS-1$
    }

    /**
     * Checks the rows of a check list whose text holds {@code text}, as a click in their boxes.
     *
     * @param table a table with check boxes
     * @param text the text of the rows to check
     */
    public static void check(Table table, String text) {
        TableItem found = Arrays.stream(table.getItems()).filter(i -> i.getText(0).contains(text)).findFirst()
                .orElse(null);
        assertNotNull(found, () -> text + " is not offered"); //$NON-NLS-1$
        found.setChecked(true);
        Event click = new Event();
        click.detail = SWT.CHECK;
        click.item = found;
        table.notifyListeners(SWT.Selection, click);
    }
}
