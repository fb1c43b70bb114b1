// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * Lets the table's column headers sort the {@link RankingModel}: one column at a time, and back
 * to the default order (rank) after descending.
 */
final class RankingSortModel implements ISortModel {

    private final RankingModel model;
    private final Runnable refresh;

    RankingSortModel(RankingModel model, Runnable refresh) {
        this.model = model;
        this.refresh = refresh;
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        int index = sortedIndex();
        return index < 0 ? List.of() : List.of(index);
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return columnIndex == sortedIndex();
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        if (columnIndex != sortedIndex()) {
            return SortDirectionEnum.NONE;
        }
        return model.isAscending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return columnIndex == sortedIndex() ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of(getColumnComparator(columnIndex));
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return model.columns().get(columnIndex).comparator(true);
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
        if (direction == SortDirectionEnum.NONE || columnIndex < 0 || columnIndex >= model.columns().size()) {
            model.setSort(null, true);
        } else {
            model.setSort(model.columns().get(columnIndex).id(), direction == SortDirectionEnum.ASC);
        }
        refresh.run();
    }

    @Override
    public void clear() {
        model.setSort(null, true);
        refresh.run();
    }

    private int sortedIndex() {
        String id = model.sortColumn();
        if (id == null) {
            return -1;
        }
        List<RankingColumn> columns = model.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
