// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.function.Supplier;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.widgets.Event;

import dev.cartograph.scoring.ui.internal.ScoringTexts;

/**
 * The ranking's tool tips: a criterion's question and rubric on its header; on a cell, the
 * whole standing, the warnings, or where a criterion value comes from and the user's own score.
 */
final class RankingToolTip extends DefaultToolTip {

    private final NatTable table;
    private final RankingModel model;
    private final Supplier<String> assessor;

    RankingToolTip(NatTable table, RankingModel model, Supplier<String> assessor) {
        super(table, ToolTip.NO_RECREATE, false);
        this.table = table;
        this.model = model;
        this.assessor = assessor;
        setPopupDelay(400);
        setHideOnMouseDown(true);
    }

    @Override
    protected Object getToolTipArea(Event event) {
        int column = table.getColumnPositionByX(event.x);
        int row = table.getRowPositionByY(event.y);
        return column < 0 || row < 0 ? null : column + ":" + row; //$NON-NLS-1$
    }

    @Override
    protected boolean shouldCreateToolTip(Event event) {
        return table.getActiveCellEditor() == null && getText(event) != null && super.shouldCreateToolTip(event);
    }

    @Override
    protected String getText(Event event) {
        int columnPosition = table.getColumnPositionByX(event.x);
        int rowPosition = table.getRowPositionByY(event.y);
        if (columnPosition < 0 || rowPosition < 0) {
            return null;
        }
        ILayerCell cell = table.getCellByPosition(columnPosition, rowPosition);
        if (cell == null) {
            return null;
        }
        int columnIndex = cell.getColumnIndex();
        if (columnIndex < 0 || columnIndex >= model.columns().size()) {
            return null;
        }
        RankingColumn column = model.columns().get(columnIndex);
        if (cell.getConfigLabels().hasLabel(GridRegion.COLUMN_HEADER)) {
            return column.criterion() == null ? null : ScoringTexts.rubric(column.criterion());
        }
        int rowIndex = cell.getRowIndex();
        if (rowIndex < 0 || rowIndex >= model.size() || !(model.rowAt(rowIndex) instanceof RankingRow line)) {
            return null;
        }
        return switch (column.kind()) {
            case STANDING -> line.standingText();
            case FLAGS -> line.flagsText().isEmpty() ? null : line.flagsText();
            case NAME -> line.score().name();
            case COVERAGE -> line.score().criteriaCount() == 0 ? null : ScoringTexts.coverage(line.score());
            case RANK -> line.score().isPartial() ? line.standingText() : null;
            case CRITERION -> model.result() == null ? null
                    : CriterionHelp.value(line, column, model.result().parameters().aggregation(), assessor.get());
            default -> null;
        };
    }
}
