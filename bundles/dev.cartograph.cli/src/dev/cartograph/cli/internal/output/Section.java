// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of a {@link Document}: columns and rows of values. Values are strings, {@link Label}s,
 * {@link Integer}s, {@link Double}s, {@link Boolean}s or {@code null} (unknown).
 */
public final class Section {

    private final String key;
    private final String title;
    private final List<Column> columns;
    private final List<Object[]> rows = new ArrayList<>();
    private final String emptyText;
    private boolean folded;

    /**
     * @param key the stable name of the section in JSON and CSV
     * @param title the localised title shown to people
     * @param emptyText what people read when the section has no row, or {@code null} to leave an
     *        empty section out of the table and Markdown formats
     * @param columns the columns
     */
    public Section(String key, String title, String emptyText, Column... columns) {
        this.key = Objects.requireNonNull(key);
        this.title = Objects.requireNonNull(title);
        this.emptyText = emptyText;
        this.columns = List.of(columns);
    }

    /**
     * Adds a row.
     *
     * @param values one value per column, in column order
     * @return this section
     * @throws IllegalArgumentException if the number of values is not the number of columns
     */
    public Section add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        rows.add(Arrays.copyOf(values, values.length));
        return this;
    }

    /**
     * Marks the section as details a reader opens when needed: Markdown folds it under its title.
     *
     * @return this section
     */
    public Section folded() {
        folded = true;
        return this;
    }

    /** @return whether Markdown folds the section */
    public boolean isFolded() {
        return folded;
    }

    /** @return the stable key */
    public String key() {
        return key;
    }

    /** @return the localised title */
    public String title() {
        return title;
    }

    /** @return the text shown when there is no row, or {@code null} to leave the section out */
    public String emptyText() {
        return emptyText;
    }

    /** @return the columns */
    public List<Column> columns() {
        return columns;
    }

    /** @return the rows, each one value per column */
    public List<Object[]> rows() {
        return Collections.unmodifiableList(rows);
    }
}
