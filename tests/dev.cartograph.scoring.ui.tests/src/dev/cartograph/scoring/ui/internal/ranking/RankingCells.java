// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ui.tests.UiWait;

/** Drives the ranking table's cells as a user would: scroll to a cell, open its editor, choose a value. */
public final class RankingCells {

    private RankingCells() {
    }

    /**
     * Scrolls to a use case's criterion cell and opens its in-place editor.
     *
     * @param view the ranking view
     * @param useCase the use case
     * @param criterionId the criterion's id
     * @return the open editor
     */
    public static ICellEditor startEditing(RankingView view, UseCase useCase, String criterionId) {
        return startEditingColumn(view, useCase, "criterion:" + criterionId); //$NON-NLS-1$
    }

    /**
     * Scrolls to a use case's cell in a column and opens its in-place editor.
     *
     * @param view the ranking view
     * @param useCase the use case
     * @param columnId the column's id ({@link RankingColumn#id()})
     * @return the open editor
     */
    public static ICellEditor startEditingColumn(RankingView view, UseCase useCase, String columnId) {
        NatTable table = view.getTable().getTable();
        RankingModel model = view.getModel();
        int row = model.positionOf(useCase);
        int column = model.columns().indexOf(model.column(columnId));
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException(useCase.getName() + " / " + columnId + " is not shown"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        table.doCommand(new ShowCellInViewportCommand(column, row));
        UiWait.settle();
        ILayerCell cell = visibleCell(table, column, row);
        if (cell == null) {
            throw new IllegalStateException("cell not visible"); //$NON-NLS-1$
        }
        table.doCommand(new SelectCellCommand(table, cell.getColumnPosition(), cell.getRowPosition(), false, false));
        UiWait.settle();
        table.doCommand(new EditCellCommand(table, table.getConfigRegistry(), cell));
        return table.getActiveCellEditor();
    }

    /**
     * Chooses a wave in a use case's wave cell, among those its list offers, and commits it.
     *
     * @param view the ranking view
     * @param useCase the use case
     * @param choice the text of the list's line to choose
     * @return the lines the list offered
     */
    public static List<String> chooseWave(RankingView view, UseCase useCase, String choice) {
        ICellEditor editor = startEditingColumn(view, useCase, RankingColumn.Kind.WAVE.name());
        List<String> offered = new ArrayList<>();
        Table list = levelList(editor.getEditorControl().getShell());
        if (list != null) {
            for (int i = 0; i < list.getItemCount(); i++) {
                offered.add(list.getItem(i).getText());
            }
        }
        editor.setCanonicalValue(choice);
        editor.commit(MoveDirectionEnum.NONE);
        UiWait.settle();
        return offered;
    }

    /**
     * Enters a value into a use case's criterion cell and commits it, as a user choosing a level.
     */
    public static void edit(RankingView view, UseCase useCase, String criterionId, double value) {
        ICellEditor editor = startEditing(view, useCase, criterionId);
        editor.setCanonicalValue(Double.valueOf(value));
        editor.commit(MoveDirectionEnum.NONE);
        UiWait.settle();
    }

    /**
     * Chooses a level of a use case's criterion cell and commits it with the keyboard: the
     * cell's editor opens its list of levels, which has the keyboard focus; the level is
     * selected in the list (as the arrow keys do) and Enter is pressed there.
     *
     * @param view the ranking view
     * @param useCase the use case
     * @param criterionId the criterion's id
     * @param position the level's position in the list, from 0 for the lowest
     */
    public static void chooseWithKeyboard(RankingView view, UseCase useCase, String criterionId, int position) {
        ICellEditor editor = startEditing(view, useCase, criterionId);
        Table list = levelList(editor.getEditorControl().getShell());
        if (list == null || !list.isFocusControl()) {
            throw new IllegalStateException("the list of levels does not have the keyboard focus"); //$NON-NLS-1$
        }
        list.setSelection(position);
        Event selected = new Event();
        selected.item = list.getItem(position);
        list.notifyListeners(SWT.Selection, selected);
        Event enter = new Event();
        enter.keyCode = SWT.CR;
        enter.character = '\r';
        list.notifyListeners(SWT.KeyDown, enter);
        UiWait.settle();
    }

    /**
     * Types keys on a use case's cell as a user would: selects the cell, types the first key
     * on the table (which opens the cell's editor with it), then the others where the keyboard
     * focus is then.
     *
     * @param view the ranking view
     * @param useCase the use case
     * @param columnId the column's id ({@link RankingColumn#id()})
     * @param keys the characters typed
     * @return the editor the first key opened, or {@code null}
     */
    public static ICellEditor type(RankingView view, UseCase useCase, String columnId, String keys) {
        NatTable table = view.getTable().getTable();
        RankingModel model = view.getModel();
        int row = model.positionOf(useCase);
        int column = model.columns().indexOf(model.column(columnId));
        table.doCommand(new ShowCellInViewportCommand(column, row));
        UiWait.settle();
        ILayerCell cell = visibleCell(table, column, row);
        if (cell == null) {
            throw new IllegalStateException("cell not visible"); //$NON-NLS-1$
        }
        table.doCommand(new SelectCellCommand(table, cell.getColumnPosition(), cell.getRowPosition(), false, false));
        table.setFocus();
        UiWait.settle();
        for (int i = 0; i < keys.length(); i++) {
            Control target = i == 0 ? table : table.getDisplay().getFocusControl();
            if (target == null) {
                throw new IllegalStateException("nothing has the keyboard focus"); //$NON-NLS-1$
            }
            key(target, keys.charAt(i), keys.charAt(i));
            UiWait.settle();
        }
        return table.getActiveCellEditor();
    }

    /**
     * Presses a key where the keyboard focus is.
     *
     * @param view the ranking view (for its display)
     * @param keyCode the key, e.g. {@link SWT#CR} or {@link SWT#ESC}
     */
    public static void press(RankingView view, int keyCode) {
        Control target = view.getTable().getTable().getDisplay().getFocusControl();
        if (target == null) {
            throw new IllegalStateException("nothing has the keyboard focus"); //$NON-NLS-1$
        }
        key(target, keyCode, keyCode == SWT.CR ? '\r' : keyCode == SWT.ESC ? (char) 27 : (char) 0);
        UiWait.settle();
    }

    /** @return the lines of the open list of the active editor, the chosen one marked with "&gt; " */
    public static List<String> openList(RankingView view) {
        Table list = levelList(view.getTable().getTable().getShell());
        List<String> lines = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.getItemCount(); i++) {
                lines.add((list.isSelected(i) ? "> " : "") + list.getItem(i).getText()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return lines;
    }

    private static void key(Control target, int keyCode, char character) {
        Event down = new Event();
        down.keyCode = keyCode;
        down.character = character;
        target.notifyListeners(SWT.KeyDown, down);
        if (!target.isDisposed()) {
            Event up = new Event();
            up.keyCode = keyCode;
            up.character = character;
            target.notifyListeners(SWT.KeyUp, up);
        }
    }

    /** @return the list the open level editor drops down: the table of a visible shell of the workbench window */
    private static Table levelList(Shell window) {
        for (Shell dropDown : window.getShells()) {
            if (dropDown.isVisible()) {
                for (Control child : dropDown.getChildren()) {
                    if (child instanceof Table table) {
                        return table;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Scrolls to a use case's cell in a column and reads the text the table paints there.
     *
     * @param view the ranking view
     * @param useCase the use case
     * @param columnId the column's id ({@link RankingColumn#id()})
     * @return the text shown
     */
    public static String shownText(RankingView view, UseCase useCase, String columnId) {
        NatTable table = view.getTable().getTable();
        RankingModel model = view.getModel();
        int row = model.positionOf(useCase);
        int column = model.columns().indexOf(model.column(columnId));
        table.doCommand(new ShowCellInViewportCommand(column, row));
        UiWait.settle();
        ILayerCell cell = visibleCell(table, column, row);
        IDisplayConverter converter = table.getConfigRegistry().getConfigAttribute(
                CellConfigAttributes.DISPLAY_CONVERTER, DisplayMode.NORMAL, cell.getConfigLabels());
        Object shown = converter == null ? cell.getDataValue()
                : converter.canonicalToDisplayValue(cell, table.getConfigRegistry(), cell.getDataValue());
        return shown == null ? "" : shown.toString(); //$NON-NLS-1$
    }

    private static ILayerCell visibleCell(NatTable table, int columnIndex, int rowIndex) {
        for (int c = 0; c < table.getColumnCount(); c++) {
            for (int r = 0; r < table.getRowCount(); r++) {
                ILayerCell cell = table.getCellByPosition(c, r);
                if (cell != null && cell.getColumnIndex() == columnIndex && cell.getRowIndex() == rowIndex
                        && cell.getConfigLabels().hasLabel(GridRegion.BODY)) {
                    return cell;
                }
            }
        }
        return null;
    }
}
