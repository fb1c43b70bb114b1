// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.widget.NatCombo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

import dev.cartograph.ui.viewers.TypeAhead;

/**
 * A list to choose from in a ranking cell (a criterion's levels, the roadmap's waves): NatTable's
 * combo box editor (one value, chosen from the list, no free text), whose combo survives being
 * closed while it has the keyboard focus.
 * <p>
 * Committing with the keyboard (Enter in the open list) closes the editor while the list has
 * the focus. Disposing NatTable's combo disposes the list's shell and the combo's text first;
 * the focus, leaving the list, lands on the combo's remaining child (its icon), which is then
 * released too, and SWT moves the focus on to the combo, whose {@code forceFocus()} passes it to
 * the text already disposed: "Widget is disposed", logged as an unhandled event loop exception.
 * Here the combo declines the focus once its text is gone, and SWT gives it to the table.
 * <p>
 * Typing chooses (see {@link TypeAhead}): the key that opens the editor ("4" on a selected
 * cell) chooses the level it names, and so do keys typed in the open list; Enter stores exactly
 * the line shown (with no line chosen, it stores nothing), Escape stores nothing.
 */
final class ListCellEditor extends ComboBoxCellEditor {

    /**
     * @param levels the values of the list, from the lowest
     */
    ListCellEditor(List<Double> levels) {
        super(List.copyOf(levels), levels.size());
    }

    /**
     * @param values gives the values of the list when the editor opens
     * @param maxVisibleItems how many lines the open list shows at most
     */
    ListCellEditor(IComboBoxDataProvider values, int maxVisibleItems) {
        super(values, maxVisibleItems);
    }

    private TypeAhead typeAhead = new TypeAhead();

    @Override
    protected Control activateCell(Composite parent, Object originalCanonicalValue) {
        typeAhead = new TypeAhead();
        Object shown = originalCanonicalValue;
        Character typed = null;
        if (originalCanonicalValue instanceof Character key) {
            // Opened by typing: the cell's value is shown until the key chooses a line.
            typed = key;
            shown = layerCell == null ? null : layerCell.getDataValue();
        }
        Control control = super.activateCell(parent, shown);
        if (typed != null) {
            type(typed.charValue(), System.nanoTime() / 1_000_000);
        }
        return control;
    }

    @Override
    public boolean commit(MoveDirectionEnum direction, boolean closeAfterCommit, boolean skipValidation) {
        NatCombo combo = getEditorControl();
        if (combo != null && !combo.isDisposed() && combo.getSelectionIndex() < 0) {
            // Nothing chosen is shown: store nothing rather than whatever the list's first line is.
            close();
            return true;
        }
        return super.commit(direction, closeAfterCommit, skipValidation);
    }

    /** Chooses the line a typed key leads to, as the arrow keys would, and shows it. */
    private void type(char key, long millis) {
        if (!(getEditorControl() instanceof FocusSafeCombo combo) || combo.isDisposed()) {
            return;
        }
        int index = typeAhead.type(key, millis, combo.items());
        if (index >= 0) {
            combo.select(index);
            combo.reveal();
        }
    }

    @Override
    public NatCombo createEditorControl(Composite parent) {
        NatCombo combo = new FocusSafeCombo(parent, cellStyle, maxVisibleItems, SWT.READ_ONLY, showDropdownFilter);
        combo.setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_IBEAM));
        addNatComboListener(combo);
        combo.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent event) {
                if (TypeAhead.isTyping(event.character, event.stateMask)) {
                    type(event.character, System.nanoTime() / 1_000_000);
                    event.doit = false;
                }
            }
        });
        return combo;
    }

    /** A combo that takes the focus only while its text exists. */
    private static final class FocusSafeCombo extends NatCombo {
        FocusSafeCombo(Composite parent, IStyle cellStyle, int maxVisibleItems, int style, boolean showDropdownFilter) {
            super(parent, cellStyle, maxVisibleItems, style, showDropdownFilter);
        }

        @Override
        public boolean forceFocus() {
            return text != null && !text.isDisposed() && super.forceFocus();
        }

        /** @return the lines of the list, in order */
        List<String> items() {
            return itemList == null ? List.of() : List.copyOf(itemList);
        }

        /** Scrolls the open list to its chosen line. */
        void reveal() {
            Table list = getDropdownTable();
            if (list != null && !list.isDisposed()) {
                list.showSelection();
            }
        }
    }
}
