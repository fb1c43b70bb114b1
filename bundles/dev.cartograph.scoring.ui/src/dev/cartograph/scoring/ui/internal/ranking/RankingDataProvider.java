// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ISpanningDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.cell.DataCell;

/**
 * The ranking table's body: the model's lines and columns. A group heading spans the whole
 * line. Edits of criterion and wave cells go to the {@link Editor}.
 */
final class RankingDataProvider implements IRowDataProvider<Object>, ISpanningDataProvider {

    /** Receives the values entered in criterion and wave cells. */
    @FunctionalInterface
    interface Editor {
        /**
         * @param row the line
         * @param column the criterion or wave column
         * @param value the value entered
         */
        void edited(RankingRow row, RankingColumn column, Object value);
    }

    private final RankingModel model;
    private final Editor editor;

    RankingDataProvider(RankingModel model, Editor editor) {
        this.model = model;
        this.editor = editor;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        if (rowIndex < 0 || rowIndex >= model.size() || columnIndex < 0 || columnIndex >= model.columns().size()) {
            return null;
        }
        Object line = model.rowAt(rowIndex);
        if (line instanceof RankingRow row) {
            return model.columns().get(columnIndex).value(row);
        }
        return line;
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        if (rowIndex < model.size() && columnIndex < model.columns().size()
                && model.rowAt(rowIndex) instanceof RankingRow row) {
            RankingColumn column = model.columns().get(columnIndex);
            if (column.kind() == RankingColumn.Kind.CRITERION || column.kind() == RankingColumn.Kind.WAVE) {
                editor.edited(row, column, newValue);
            }
        }
    }

    @Override
    public int getColumnCount() {
        return model.columns().size();
    }

    @Override
    public int getRowCount() {
        return model.size();
    }

    @Override
    public Object getRowObject(int rowIndex) {
        return rowIndex >= 0 && rowIndex < model.size() ? model.rowAt(rowIndex) : null;
    }

    @Override
    public int indexOfRowObject(Object rowObject) {
        return model.positionOf(rowObject);
    }

    @Override
    public DataCell getCellByPosition(int columnPosition, int rowPosition) {
        if (rowPosition < model.size() && model.rowAt(rowPosition) instanceof GroupRow) {
            return new DataCell(0, rowPosition, Math.max(1, getColumnCount()), 1);
        }
        return new DataCell(columnPosition, rowPosition);
    }
}
