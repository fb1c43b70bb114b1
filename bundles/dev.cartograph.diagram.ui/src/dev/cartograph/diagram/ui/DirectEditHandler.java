// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.function.Consumer;

import org.eclipse.jface.util.SafeRunnable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;

import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.render.FontSpec;

/**
 * Edits an element's name in place: a text field over the element, in the diagram's font at the
 * current zoom, opened when the user asks (F2, or {@link #edit} from a double-click or a menu).
 * Enter (or leaving the field) commits through the callback, Esc cancels; a name left unchanged
 * is not committed.
 * <p>
 * The callback turns the new name into a command; the diagram is then rebuilt and set again on
 * the viewer.
 */
public final class DirectEditHandler {

    /** What a map says about editing names. */
    public interface Callback {

        /**
         * @param element the element the user wants to rename
         * @return the text to start from (the full name), or {@code null} if it cannot be renamed
         */
        String initialText(DiagramElement element);

        /**
         * @param element the element renamed
         * @param text the new name, as typed (not empty-checked)
         */
        void commit(DiagramElement element, String text);
    }

    private final DiagramViewer viewer;
    private final Callback callback;
    private final Consumer<DiagramElement> request = this::edit;
    private final Runnable follow = this::place;
    private Text field;
    private DiagramElement editing;
    private String initial;

    /**
     * Installs itself on a viewer.
     *
     * @param viewer the viewer
     * @param callback what can be renamed, and what to do with a new name
     */
    public DirectEditHandler(DiagramViewer viewer, Callback callback) {
        this.viewer = viewer;
        this.callback = callback;
        viewer.addEditRequestListener(request);
        viewer.addViewportListener(follow);
    }

    /** Uninstalls itself, cancelling an edit under way. */
    public void dispose() {
        cancel();
        viewer.removeEditRequestListener(request);
        viewer.removeViewportListener(follow);
    }

    /**
     * Opens the field over an element, if the callback says it can be renamed.
     *
     * @param element an element of the viewer's diagram
     * @return whether the field opened
     */
    public boolean edit(DiagramElement element) {
        cancel();
        String[] text = { null };
        SafeRunnable.run(new SafeRunnable() {
            @Override
            public void run() {
                text[0] = callback.initialText(element);
            }
        });
        if (text[0] == null) {
            return false;
        }
        editing = element;
        initial = text[0];
        viewer.reveal(element);
        field = new Text(viewer.getCanvas(), SWT.MULTI | SWT.WRAP | SWT.BORDER);
        field.setFont(viewer.getResources().editorFont(FontSpec.of(element.style()), viewer.getZoom()));
        field.setText(initial);
        field.selectAll();
        field.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                commit();
            } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                cancel();
            } else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false;
                commit();
            }
        });
        field.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                e.doit = false;
            }
        });
        field.addListener(SWT.FocusOut, e -> field.getDisplay().asyncExec(this::commit));
        place();
        field.setFocus();
        return true;
    }

    private void place() {
        if (field == null || field.isDisposed() || editing == null) {
            return;
        }
        Rectangle r = viewer.toCanvas(editing.bounds());
        int height = Math.max(r.height, field.computeSize(r.width, SWT.DEFAULT).y);
        field.setBounds(r.x, r.y, Math.max(r.width, 60), height);
    }

    /** @return whether the field is open */
    public boolean isEditing() {
        return field != null && !field.isDisposed();
    }

    /** @return the open field, or {@code null} */
    public Text getField() {
        return isEditing() ? field : null;
    }

    /** @return the element being renamed, or {@code null} */
    public DiagramElement getElement() {
        return isEditing() ? editing : null;
    }

    /** Closes the field, giving its text to the callback if it changed. */
    public void commit() {
        if (!isEditing()) {
            return;
        }
        String text = field.getText().replace("\r", "").replace("\n", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        DiagramElement element = editing;
        boolean changed = !text.equals(initial);
        close();
        if (changed) {
            SafeRunnable.run(new SafeRunnable() {
                @Override
                public void run() {
                    callback.commit(element, text);
                }
            });
        }
    }

    /** Closes the field without changing anything. */
    public void cancel() {
        if (isEditing()) {
            close();
        }
    }

    private void close() {
        Text closing = field;
        field = null;
        editing = null;
        boolean hadFocus = closing.isFocusControl();
        closing.dispose();
        if (hadFocus && !viewer.getCanvas().isDisposed()) {
            viewer.getCanvas().setFocus();
        }
    }
}
