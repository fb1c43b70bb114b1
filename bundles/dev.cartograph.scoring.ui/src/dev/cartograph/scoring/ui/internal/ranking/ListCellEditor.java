// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.nebula.widgets.nattable.widget.NatCombo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

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

    @Override
    public NatCombo createEditorControl(Composite parent) {
        NatCombo combo = new FocusSafeCombo(parent, cellStyle, maxVisibleItems, SWT.READ_ONLY, showDropdownFilter);
        combo.setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_IBEAM));
        addNatComboListener(combo);
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
    }
}
