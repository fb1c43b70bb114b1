// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.properties.PropertyValues;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.ui.internal.ScoreArea;

/**
 * The lines of the ranking table: every use case of a scoring result, filtered, sorted and
 * optionally grouped by quadrant. Plain Java over immutable snapshots: the table asks it for
 * the line at a position and never reads the model while painting. Not thread-safe (UI thread).
 */
public final class RankingModel {

    /**
     * The default order: ranked use cases by rank, then the others (gated, then incomplete,
     * then rejected), each by overall score (highest first) and name.
     */
    public static final Comparator<RankingRow> DEFAULT_ORDER = Comparator
            .comparingInt((RankingRow row) -> row.rank() > 0 ? row.rank() : Integer.MAX_VALUE)
            .thenComparingInt(row -> standingOrder(row.score().standing()))
            .thenComparing(row -> row.score().overall(), Comparator.nullsLast(RankingModel::compareDescending))
            .thenComparing(row -> row.score().name());

    private ScoringResult result;
    private List<RankingColumn> columns = List.of();
    private List<RankingRow> rows = List.of();
    private Map<UseCaseScore, RankingRow> rowsByScore = new IdentityHashMap<>();
    private RankingFilter filter = RankingFilter.ALL;
    private ScoreArea area;
    private String sortColumn;
    private boolean ascending = true;
    private boolean grouped;
    private final Set<RankingGroup> collapsed = EnumSet.noneOf(RankingGroup.class);
    private List<Object> visible = List.of();
    private Map<UseCase, Integer> positions = Map.of();
    private int matching;
    private List<String> propertyKeys = List.of();

    /**
     * Takes a new scoring result. Lines whose use case shows the same as before are kept.
     *
     * @param newResult the result, or {@code null} for none
     * @return whether the columns changed (criteria enabled or disabled)
     */
    public boolean setResult(ScoringResult newResult) {
        result = newResult;
        List<RankingColumn> newColumns = newResult == null ? List.of()
                : RankingColumn.columnsFor(newResult.parameters(), chosenProperties(newResult));
        boolean columnsChanged = !sameColumns(columns, newColumns);
        if (columnsChanged) {
            columns = newColumns;
            if (sortColumn != null && column(sortColumn) == null) {
                sortColumn = null;
                ascending = true;
            }
        }
        rebuildRows(false);
        return columnsChanged;
    }

    /**
     * Chooses the portfolio's own properties shown as columns, after the fixed columns.
     *
     * @param keys property keys, in the order to show them; keys the portfolio does not define are ignored
     * @return whether the columns changed
     */
    public boolean setPropertyColumns(List<String> keys) {
        propertyKeys = List.copyOf(keys);
        return setResult(result);
    }

    /** @return the keys of the properties chosen as columns */
    public List<String> propertyColumns() {
        return propertyKeys;
    }

    private List<PropertyDefinition> chosenProperties(ScoringResult scoring) {
        List<PropertyDefinition> chosen = new ArrayList<>(propertyKeys.size());
        for (String key : propertyKeys) {
            PropertyValues.definition(scoring.portfolio(), key).ifPresent(chosen::add);
        }
        return chosen;
    }

    /**
     * Reads the model again for every line (wave, financial effect, property values) and the
     * property columns, after changes that do not alter the scoring.
     *
     * @return whether the columns changed
     */
    public boolean refreshModelValues() {
        boolean columnsChanged = false;
        if (result != null) {
            // the portfolio's own properties may have been defined, renamed or removed
            List<RankingColumn> newColumns = RankingColumn.columnsFor(result.parameters(), chosenProperties(result));
            columnsChanged = !sameColumns(columns, newColumns);
            if (columnsChanged) {
                columns = newColumns;
                if (sortColumn != null && column(sortColumn) == null) {
                    sortColumn = null;
                    ascending = true;
                }
            }
        }
        rebuildRows(true);
        return columnsChanged;
    }

    /** @return the scoring shown, or {@code null} */
    public ScoringResult result() {
        return result;
    }

    /** @return the columns, fixed ones first */
    public List<RankingColumn> columns() {
        return columns;
    }

    /**
     * @param id a column id
     * @return that column, or {@code null}
     */
    public RankingColumn column(String id) {
        for (RankingColumn column : columns) {
            if (column.id().equals(id)) {
                return column;
            }
        }
        return null;
    }

    /** @return the filter */
    public RankingFilter filter() {
        return filter;
    }

    /**
     * @param newFilter the lines to show
     */
    public void setFilter(RankingFilter newFilter) {
        filter = newFilter == null ? RankingFilter.ALL : newFilter;
        arrange();
    }

    /** @return the matrix cell the lines are limited to, or {@code null} */
    public ScoreArea area() {
        return area;
    }

    /**
     * Limits the lines to the use cases of a cell of the matrix (besides the filter).
     *
     * @param newArea the cell, or {@code null} for no such limit
     */
    public void setArea(ScoreArea newArea) {
        area = newArea;
        arrange();
    }

    /**
     * Sorts by a column.
     *
     * @param columnId the column's id, or {@code null} for the default order
     * @param up ascending or not
     */
    public void setSort(String columnId, boolean up) {
        sortColumn = columnId;
        ascending = up;
        arrange();
    }

    /** @return the id of the column sorted on, or {@code null} for the default order */
    public String sortColumn() {
        return sortColumn;
    }

    /** @return whether the sort is ascending */
    public boolean isAscending() {
        return ascending;
    }

    /**
     * @param value whether to group the lines by quadrant
     */
    public void setGrouped(boolean value) {
        grouped = value;
        arrange();
    }

    /**
     * Shows or hides a group's lines.
     *
     * @param group a group
     */
    public void toggle(RankingGroup group) {
        if (!collapsed.remove(group)) {
            collapsed.add(group);
        }
        arrange();
    }

    /**
     * Makes a use case's line visible: opens its group if it is collapsed.
     *
     * @param useCase a use case
     * @return whether it is now visible (it may not pass the filter)
     */
    public boolean expandTo(UseCase useCase) {
        if (positions.containsKey(useCase)) {
            return true;
        }
        for (RankingRow row : rows) {
            if (row.useCase() == useCase) {
                if (grouped && collapsed.remove(RankingGroup.of(row.score().quadrant()))) {
                    arrange();
                }
                return positions.containsKey(useCase);
            }
        }
        return false;
    }

    /** @return the lines shown, in order: {@link RankingRow}s and, when grouped, {@link GroupRow}s */
    public List<Object> visibleRows() {
        return visible;
    }

    /** @return how many lines are shown */
    public int size() {
        return visible.size();
    }

    /**
     * @param position a line's position
     * @return the line there
     */
    public Object rowAt(int position) {
        return visible.get(position);
    }

    /**
     * @param useCase a use case
     * @return the position of its line, or -1 if it is not shown
     */
    public int positionOf(UseCase useCase) {
        Integer position = positions.get(useCase);
        return position == null ? -1 : position;
    }

    /**
     * @param line a line shown
     * @return its position, or -1
     */
    public int positionOf(Object line) {
        if (line instanceof RankingRow row) {
            return positionOf(row.useCase());
        }
        return visible.indexOf(line);
    }

    /** @return how many use cases the result has */
    public int total() {
        return rows.size();
    }

    /** @return how many use cases pass the filter (shown or in a collapsed group) */
    public int matching() {
        return matching;
    }

    private void rebuildRows(boolean rereadModel) {
        if (result == null) {
            rows = List.of();
            rowsByScore = new IdentityHashMap<>();
            arrange();
            return;
        }
        List<UseCaseScore> all = result.all();
        List<RankingRow> fresh = new ArrayList<>(all.size());
        Map<UseCaseScore, RankingRow> byScore = new IdentityHashMap<>(all.size() * 2);
        for (UseCaseScore score : all) {
            RankingRow row = new RankingRow(score, result.rankOf(score.useCase()), result.isTied(score.useCase()));
            RankingRow previous = rereadModel ? null : rowsByScore.get(score);
            if (previous != null && previous.sameAs(row)) {
                row = previous;
            }
            fresh.add(row);
            byScore.put(score, row);
        }
        rows = fresh;
        rowsByScore = byScore;
        arrange();
    }

    private void arrange() {
        List<RankingRow> passing = new ArrayList<>(rows.size());
        for (RankingRow row : rows) {
            if (filter.matches(row) && (area == null || area.matches(row.score()))) {
                passing.add(row);
            }
        }
        RankingColumn sortBy = sortColumn == null ? null : column(sortColumn);
        passing.sort(sortBy == null ? (ascending ? DEFAULT_ORDER : DEFAULT_ORDER.reversed())
                : sortBy.comparator(ascending));
        matching = passing.size();
        List<Object> lines;
        if (grouped) {
            Map<RankingGroup, List<RankingRow>> groups = new EnumMap<>(RankingGroup.class);
            for (RankingRow row : passing) {
                groups.computeIfAbsent(RankingGroup.of(row.score().quadrant()), g -> new ArrayList<>()).add(row);
            }
            lines = new ArrayList<>(passing.size() + groups.size());
            for (Map.Entry<RankingGroup, List<RankingRow>> entry : groups.entrySet()) {
                boolean closed = collapsed.contains(entry.getKey());
                lines.add(new GroupRow(entry.getKey(), entry.getValue().size(), closed));
                if (!closed) {
                    lines.addAll(entry.getValue());
                }
            }
        } else {
            lines = new ArrayList<>(passing);
        }
        Map<UseCase, Integer> index = new HashMap<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof RankingRow row) {
                index.put(row.useCase(), i);
            }
        }
        visible = lines;
        positions = index;
    }

    private static boolean sameColumns(List<RankingColumn> a, List<RankingColumn> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).id().equals(b.get(i).id()) || !a.get(i).header().equals(b.get(i).header())) {
                return false;
            }
        }
        return true;
    }

    private static int standingOrder(Standing standing) {
        return switch (standing) {
            case RANKED -> 0;
            case BLOCKED, NOT_READY -> 1;
            case INCOMPLETE -> 2;
            case REJECTED -> 3;
        };
    }

    private static int compareDescending(Double a, Double b) {
        boolean nanA = a.isNaN();
        boolean nanB = b.isNaN();
        if (nanA || nanB) {
            return nanA == nanB ? 0 : (nanA ? 1 : -1);
        }
        return Double.compare(b, a);
    }
}
