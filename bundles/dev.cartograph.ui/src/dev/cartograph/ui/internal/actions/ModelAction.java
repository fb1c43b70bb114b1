// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * An edit action on the selected model elements (delete, cut, copy, paste). When the keyboard
 * focus is in an editable text field, the action applies to the text instead, so that the
 * usual keys keep working while the user types in a form.
 */
abstract class ModelAction extends Action implements ISelectionChangedListener {

    private final PortfolioEditor editor;
    private List<EObject> selection = List.of();

    ModelAction(PortfolioEditor editor, String text) {
        super(text);
        this.editor = editor;
    }

    PortfolioEditor editor() {
        return editor;
    }

    List<EObject> selection() {
        return selection;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        selectionChanged(event.getSelection());
    }

    void selectionChanged(ISelection newSelection) {
        List<EObject> objects = new ArrayList<>();
        if (newSelection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                if (element instanceof EObject eObject) {
                    objects.add(eObject);
                }
            }
        }
        selection = List.copyOf(objects);
        update();
    }

    /** Recomputes whether the action can run. */
    void update() {
        setEnabled(focusedText() != null || editor.getPortfolio() != null && canRun(selection));
    }

    @Override
    public void run() {
        Text text = focusedText();
        if (text != null) {
            runOnText(text);
        } else if (editor.getPortfolio() != null && canRun(selection)) {
            runOnModel(selection);
        }
    }

    /** @return the editable text field that has the focus, if any */
    static Text focusedText() {
        Display display = Display.getCurrent();
        Control focus = display == null ? null : display.getFocusControl();
        return focus instanceof Text text && text.getEditable() && !text.isDisposed() ? text : null;
    }

    abstract boolean canRun(List<EObject> elements);

    abstract void runOnModel(List<EObject> elements);

    abstract void runOnText(Text text);
}
