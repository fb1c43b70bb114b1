// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditBindings;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.freeze.CompositeFreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeHelper;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.SpanningDataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellLabelMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.ui.internal.Messages;

/**
 * The ranking as a NatTable over a {@link RankingModel}: sortable headers, rank and name frozen
 * on the left, full-line selection kept across updates, group headings that open and close
 * with a click, criterion cells edited in place.
 */
public final class RankingTable {

    /** What the table tells its owner. */
    public interface Callbacks {
        /**
         * @param useCases the use cases the user selected
         */
        void selected(List<UseCase> useCases);

        /**
         * @param row the line edited
         * @param criterion the criterion
         * @param value the value entered, within the criterion's scale
         */
        void edited(RankingRow row, Criterion criterion, double value);

        /** @return the roadmap's waves, in order, that a use case can be planned in */
        List<Wave> waves();

        /**
         * @param row the line whose wave the user chose
         * @param wave the wave chosen, {@code null} for none
         */
        void planned(RankingRow row, Wave wave);

        /**
         * @param column the column of the cell the user moved to
         * @param row its line, or {@code null} for a group heading
         */
        void focused(RankingColumn column, RankingRow row);
    }

    private static final Map<RankingColumn.Kind, Integer> WIDTHS = Map.ofEntries(
            Map.entry(RankingColumn.Kind.RANK, 48), Map.entry(RankingColumn.Kind.NAME, 250),
            Map.entry(RankingColumn.Kind.SCOPE, 72), Map.entry(RankingColumn.Kind.STATUS, 96),
            Map.entry(RankingColumn.Kind.WAVE, 130), Map.entry(RankingColumn.Kind.QUADRANT, 110),
            Map.entry(RankingColumn.Kind.IMPACT, 64), Map.entry(RankingColumn.Kind.FEASIBILITY, 80),
            Map.entry(RankingColumn.Kind.OVERALL, 64), Map.entry(RankingColumn.Kind.STANDING, 260),
            Map.entry(RankingColumn.Kind.FLAGS, 150), Map.entry(RankingColumn.Kind.COVERAGE, 80),
            Map.entry(RankingColumn.Kind.PROPERTY, 120), Map.entry(RankingColumn.Kind.CRITERION, 104));

    /** How many waves the open list of a wave cell shows before it scrolls. */
    private static final int MAX_LISTED_WAVES = 12;

    /** The rank and the name stay in view while the other columns scroll. */
    private static final int FROZEN_COLUMNS = 2;

    private final RankingModel model;
    private final Callbacks callbacks;
    private final RankingDataProvider bodyProvider;
    private final SpanningDataLayer bodyLayer;
    private final SelectionLayer selectionLayer;
    private final NatTable table;
    private final ViewportLayer viewportLayer;
    private final FreezeLayer freezeLayer;
    private final RowSelectionProvider<Object> selectionProvider;
    private final Map<String, Integer> widths = new HashMap<>();
    private List<RankingColumn> shownColumns = List.of();
    private boolean movingKeyboardCell;

    /**
     * @param parent the parent
     * @param model the lines
     * @param callbacks the owner
     * @param assessor gives the current assessor's name, for tool tips
     */
    public RankingTable(Composite parent, RankingModel model, Callbacks callbacks, Supplier<String> assessor) {
        this.model = model;
        this.callbacks = callbacks;
        bodyProvider = new RankingDataProvider(model, (row, column, value) -> {
            if (column.kind() == RankingColumn.Kind.WAVE) {
                String name = value == null ? "" : value.toString(); //$NON-NLS-1$
                Wave chosen = callbacks.waves().stream().filter(w -> name.equals(w.getName())).findFirst().orElse(null);
                if (chosen != null || Messages.Ranking_noWave.equals(name)) {
                    callbacks.planned(row, chosen);
                }
            } else if (value instanceof Double number) {
                callbacks.edited(row, column.criterion(), number);
            }
        });
        bodyLayer = new SpanningDataLayer(bodyProvider, 96, 22);
        bodyLayer.setConfigLabelAccumulator(new RankingLabels(model));
        selectionLayer = new SelectionLayer(bodyLayer);
        selectionLayer.setSelectionModel(new RowSelectionModel<>(selectionLayer, bodyProvider, RankingTable::rowId));
        ViewportLayer viewport = new ViewportLayer(selectionLayer);
        viewportLayer = viewport;
        freezeLayer = new FreezeLayer(selectionLayer);
        CompositeFreezeLayer body = new CompositeFreezeLayer(freezeLayer, viewport, selectionLayer);
        DataLayer headerData = new DataLayer(new HeaderProvider(model), 96, 38);
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, body, selectionLayer);
        SortHeaderLayer<Object> sortHeader = new SortHeaderLayer<>(header, new RankingSortModel(model, this::rowsChanged));
        CompositeLayer composite = new CompositeLayer(1, 2);
        composite.setChildLayer(GridRegion.COLUMN_HEADER, sortHeader, 0, 0);
        composite.setChildLayer(GridRegion.BODY, body, 0, 1);
        composite.addConfiguration(new DefaultEditBindings());
        composite.addConfiguration(new DefaultEditConfiguration());
        table = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, composite, false);
        DefaultNatTableStyleConfiguration base = new DefaultNatTableStyleConfiguration();
        base.hAlign = HorizontalAlignmentEnum.LEFT;
        table.addConfiguration(base);
        table.addConfiguration(RankingStyles.selection());
        table.addConfiguration(new RankingStyles());
        table.addConfiguration(new SingleClickSortConfiguration(RankingStyles.headerPainter()));
        table.addConfiguration(new GroupToggle());
        table.configure();
        selectionProvider = new RowSelectionProvider<>(selectionLayer, bodyProvider, false);
        selectionProvider.addSelectionChangedListener(event -> {
            if (!movingKeyboardCell) {
                callbacks.selected(useCasesOf(event.getSelection()));
            }
        });
        table.addLayerListener(event -> {
            if (event instanceof CellSelectionEvent) {
                announceFocus();
            }
        });
        new RankingToolTip(table, model, assessor);
    }

    /** @return the NatTable */
    public NatTable getTable() {
        return table;
    }

    /** @return the use case of the line the keyboard's cell is on (the one F2 edits), or {@code null} */
    public UseCase keyboardUseCase() {
        PositionCoordinate cell = selectionLayer.getLastSelectedCellPosition();
        int row = cell == null ? -1 : cell.getRowPosition();
        return row >= 0 && row < model.size() && model.rowAt(row) instanceof RankingRow line ? line.useCase() : null;
    }

    /** @return the selected use cases */
    public List<UseCase> selectedUseCases() {
        return useCasesOf(selectionProvider.getSelection());
    }

    /**
     * Shows the model's current lines; call after changing the model.
     *
     * @param columnsChanged whether the model's columns changed
     */
    public void refresh(boolean columnsChanged) {
        if (table.isDisposed()) {
            return;
        }
        boolean newColumns = columnsChanged || shownColumns.isEmpty();
        if (newColumns) {
            rememberWidths();
            shownColumns = model.columns();
            for (int i = 0; i < shownColumns.size(); i++) {
                RankingColumn column = shownColumns.get(i);
                bodyLayer.setColumnWidthByPosition(i, widths.getOrDefault(column.id(), WIDTHS.get(column.kind())), false);
            }
            CriterionEditors.register(table.getConfigRegistry(), shownColumns);
            table.getConfigRegistry().registerConfigAttribute(EditConfigAttributes.CELL_EDITOR,
                    new ListCellEditor(new IComboBoxDataProvider() {
                        @Override
                        public List<?> getValues(int columnIndex, int rowIndex) {
                            List<String> names = new ArrayList<>();
                            names.add(Messages.Ranking_noWave);
                            callbacks.waves().forEach(w -> names.add(w.getName() == null ? "" : w.getName())); //$NON-NLS-1$
                            return names;
                        }
                    }, MAX_LISTED_WAVES), DisplayMode.EDIT, RankingLabels.WAVE);
        }
        // A structural refresh of every layer: the viewport, the freeze and the selection follow
        // the new lines (by use case), whatever their number.
        table.refresh();
        freeze(newColumns);
        keepAnchorOnSelection();
    }

    /**
     * Puts the keyboard's cell back on the selected line after the lines moved (a new score
     * re-sorts the ranking): the selection follows its use case, and so must the cell that F2
     * or Enter acts on.
     */
    private void keepAnchorOnSelection() {
        PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
        List<UseCase> selected = selectedUseCases();
        int column = anchor.getColumnPosition();
        int row = selected.size() == 1 ? model.positionOf(selected.get(0)) : -1;
        if (column < 0 || row < 0 || row == anchor.getRowPosition()) {
            return;
        }
        // As a click on the cell would: the same line stays selected, nobody is told again, and
        // the table stays scrolled where the user left it.
        int originX = viewportLayer.getOrigin().getX();
        int originY = viewportLayer.getOrigin().getY();
        movingKeyboardCell = true;
        try {
            selectionLayer.doCommand(new SelectCellCommand(selectionLayer, column, row, false, false));
        } finally {
            movingKeyboardCell = false;
        }
        viewportLayer.setOriginX(originX);
        viewportLayer.setOriginY(originY);
    }

    /**
     * Freezes the rank and name columns again after a refresh, so that the frozen part and the
     * scrolled part are measured on the new lines; the scroll position is kept unless the
     * columns changed.
     */
    private void freeze(boolean newColumns) {
        if (shownColumns.size() <= FROZEN_COLUMNS) {
            return;
        }
        int originX = viewportLayer.getOrigin().getX();
        int originY = viewportLayer.getOrigin().getY();
        FreezeHelper.freeze(freezeLayer, viewportLayer, new PositionCoordinate(freezeLayer, 0, -1),
                new PositionCoordinate(freezeLayer, FROZEN_COLUMNS - 1, -1));
        if (!newColumns) {
            viewportLayer.setOriginX(originX);
            viewportLayer.setOriginY(originY);
        }
    }

    /**
     * Selects use cases' lines (opening their groups) and scrolls to the first, without
     * telling the owner.
     *
     * @param useCases use cases
     */
    public void reveal(List<UseCase> useCases) {
        boolean expanded = false;
        List<Integer> positions = new ArrayList<>();
        for (UseCase useCase : useCases) {
            int before = model.size();
            if (model.expandTo(useCase)) {
                expanded |= model.size() != before;
                positions.add(model.positionOf(useCase));
            }
        }
        if (expanded) {
            rowsChanged();
            positions.clear();
            for (UseCase useCase : useCases) {
                int position = model.positionOf(useCase);
                if (position >= 0) {
                    positions.add(position);
                }
            }
        }
        if (positions.isEmpty()) {
            return;
        }
        int[] rows = positions.stream().mapToInt(Integer::intValue).toArray();
        selectionLayer.doCommand(new SelectRowsCommand(selectionLayer, 0, rows, false, false, rows[0]));
    }

    /**
     * Reveals a use case's line and selects its cell on a criterion, so that typing a level
     * scores it.
     *
     * @param useCase the use case
     * @param criterionId the criterion, or {@code null} to select the line only
     * @return whether the cell was selected
     */
    public boolean revealCell(UseCase useCase, String criterionId) {
        reveal(List.of(useCase));
        int row = model.positionOf(useCase);
        if (row < 0 || criterionId == null) {
            return false;
        }
        for (int column = 0; column < shownColumns.size(); column++) {
            RankingColumn shown = shownColumns.get(column);
            if (shown.criterion() != null && shown.criterion().id().equals(criterionId)) {
                selectionLayer.doCommand(new SelectCellCommand(selectionLayer, column, row, false, false));
                table.setFocus();
                return true;
            }
        }
        return false;
    }

    private void rowsChanged() {
        if (!table.isDisposed()) {
            table.refresh();
            freeze(false);
            keepAnchorOnSelection();
        }
    }

    private void rememberWidths() {
        for (int i = 0; i < shownColumns.size() && i < bodyLayer.getColumnCount(); i++) {
            widths.put(shownColumns.get(i).id(), bodyLayer.getColumnWidthByPosition(i));
        }
    }

    private void announceFocus() {
        PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
        int column = anchor.getColumnPosition();
        int row = anchor.getRowPosition();
        if (column < 0 || row < 0 || column >= model.columns().size() || row >= model.size()) {
            return;
        }
        Object line = model.rowAt(row);
        callbacks.focused(model.columns().get(column), line instanceof RankingRow rankingRow ? rankingRow : null);
    }

    private static List<UseCase> useCasesOf(ISelection selection) {
        List<UseCase> useCases = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object line : structured) {
                if (line instanceof RankingRow row) {
                    useCases.add(row.useCase());
                }
            }
        }
        return useCases;
    }

    private static String rowId(Object line) {
        if (line instanceof RankingRow row) {
            return row.id();
        }
        return line instanceof GroupRow group ? group.id() : String.valueOf(line);
    }

    /** The column headers: the columns' names. */
    private static final class HeaderProvider implements IDataProvider {
        private final RankingModel model;

        HeaderProvider(RankingModel model) {
            this.model = model;
        }

        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return columnIndex < model.columns().size() ? model.columns().get(columnIndex).header() : ""; //$NON-NLS-1$
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getColumnCount() {
            return model.columns().size();
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }

    /** A click on a group heading opens or closes the group. */
    private final class GroupToggle extends AbstractUiBindingConfiguration {
        @Override
        public void configureUiBindings(UiBindingRegistry registry) {
            registry.registerFirstSingleClickBinding(
                    new CellLabelMouseEventMatcher(GridRegion.BODY, MouseEventMatcher.LEFT_BUTTON, RankingLabels.GROUP),
                    (NatTable natTable, MouseEvent event) -> toggleGroupAt(natTable, event));
        }

        private void toggleGroupAt(NatTable natTable, MouseEvent event) {
            ILayerCell cell = natTable.getCellByPosition(natTable.getColumnPositionByX(event.x),
                    natTable.getRowPositionByY(event.y));
            if (cell != null && bodyProvider.getRowObject(cell.getRowIndex()) instanceof GroupRow group) {
                model.toggle(group.group());
                rowsChanged();
            }
        }
    }
}
