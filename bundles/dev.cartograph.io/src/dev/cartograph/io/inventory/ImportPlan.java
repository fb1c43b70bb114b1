// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;

/**
 * What importing an inventory into a portfolio would do, computed without changing anything (the dry run):
 * per row, whether it creates a use case, updates the one that came from the same source row, leaves it as
 * it is, or is rejected, with every problem found; and the containers (units, workflows, steps, journeys,
 * stages, initiatives) that would be created. {@link InventoryImport#apply(ImportPlan)} carries it out.
 */
public final class ImportPlan {

    /** What happens to a row. */
    public enum Action {
        /** A new use case. */
        CREATE,
        /** The use case that came from this row before is changed. */
        UPDATE,
        /** The use case that came from this row before already says it all. */
        UNCHANGED,
        /** Nothing of the row is imported. */
        REJECT
    }

    /**
     * One row's plan.
     *
     * @param row the row number
     * @param id the row's id in the source
     * @param action what happens to it
     * @param existing the use case it came from before, or {@code null}
     * @param cells the values read from its mapped cells
     */
    public record RowPlan(int row, String id, Action action, UseCase existing, List<CellValue> cells) {
    }

    /**
     * One mapped cell's value.
     *
     * @param mapping the column's mapping
     * @param value the value read: a string, a double, an integer, an enumeration literal, or a list of names
     * @param context for a step or stage, the workflow or journey named in the same row, else {@code null}
     */
    public record CellValue(ColumnMapping mapping, Object value, String context) {
    }

    private final Portfolio portfolio;
    private final InventoryTable table;
    private final InventoryMapping mapping;
    private final List<RowPlan> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Set<String>> created = new LinkedHashMap<>();

    ImportPlan(Portfolio portfolio, InventoryTable table, InventoryMapping mapping) {
        this.portfolio = portfolio;
        this.table = table;
        this.mapping = mapping;
    }

    void add(RowPlan row) {
        rows.add(row);
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
    }

    void willCreate(String kind, String name) {
        created.computeIfAbsent(kind, k -> new TreeSet<>()).add(name);
    }

    /** @return the portfolio the plan was made for */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** @return the inventory */
    public InventoryTable table() {
        return table;
    }

    /** @return the mapping */
    public InventoryMapping mapping() {
        return mapping;
    }

    /** @return every row's plan, in the file's order */
    public List<RowPlan> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** @return every problem, in the file's order */
    public List<ImportProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** @return per kind of container ({@code unit}, {@code workflow}, ...), the names that would be created */
    public Map<String, Set<String>> containersCreated() {
        return Collections.unmodifiableMap(created);
    }

    /**
     * @param action an action
     * @return how many rows get it
     */
    public int count(Action action) {
        return (int) rows.stream().filter(r -> r.action() == action).count();
    }

    /** @return whether applying would change the portfolio */
    public boolean changesAnything() {
        return count(Action.CREATE) + count(Action.UPDATE) > 0;
    }

    /**
     * @param locale the language
     * @return the counts, the containers created and every problem, one per line
     */
    public String summary(Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(Messages.format(locale, "Summary_counts", table.file(), table.rows().size(), //$NON-NLS-1$
                count(Action.CREATE), count(Action.UPDATE), count(Action.UNCHANGED), count(Action.REJECT)))
                .append('\n');
        created.forEach((kind, names) -> out.append(Messages.format(locale, "Summary_containers", //$NON-NLS-1$
                Messages.format(locale, "Kind_" + kind), names.size(), shortList(names))).append('\n')); //$NON-NLS-1$
        for (ImportProblem problem : problems) {
            out.append(problem.describe(table.file(), locale)).append('\n');
        }
        return out.toString();
    }

    private static String shortList(Set<String> names) {
        List<String> first = names.stream().limit(10).toList();
        return String.join(", ", first) + (names.size() > first.size() ? ", ..." : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
