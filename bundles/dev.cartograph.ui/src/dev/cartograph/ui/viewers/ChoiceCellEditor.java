// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only drop-down list of fixed values (enumeration literals, or the choices an item
 * provider offers), shown with their labels; its value is the chosen value itself, not its
 * index.
 * <p>
 * Typing chooses (see {@link TypeAhead}): a number or the first letters of a label choose that
 * line, as the arrow keys would; Enter stores the line shown, Escape stores nothing.
 */
public class ChoiceCellEditor extends ComboBoxCellEditor {

    private static final Object NULL = new Object();

    private final List<Object> values;

    /**
     * @param parent the hosting control
     * @param values the values to choose from, in order ({@code null} allowed: "none")
     * @param labels their labels
     */
    public ChoiceCellEditor(Composite parent, List<Object> values, ILabelProvider labels) {
        super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new), //$NON-NLS-1$
                SWT.READ_ONLY);
        this.values = List.copyOf(values.stream().map(v -> v == null ? NULL : v).toList());
        TypeAhead typeAhead = new TypeAhead();
        CCombo combo = (CCombo) getControl();
        combo.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent event) {
                if (!TypeAhead.isTyping(event.character, event.stateMask)) {
                    return;
                }
                event.doit = false;
                int index = typeAhead.type(event.character, System.nanoTime() / 1_000_000,
                        Arrays.asList(combo.getItems()));
                if (index >= 0 && index != combo.getSelectionIndex()) {
                    combo.select(index);
                    // As a choice with the arrow keys: the editor takes the line now shown.
                    combo.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
    }

    /** @return the values offered, in order ({@code null} as itself) */
    public List<Object> getValues() {
        return values.stream().map(v -> v == NULL ? null : v).toList();
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        if (index < 0 || index >= values.size()) {
            return null;
        }
        Object value = values.get(index);
        return value == NULL ? null : value;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(values.indexOf(value == null ? NULL : value));
    }
}
