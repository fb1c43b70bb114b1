// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.text.Collator;
import java.util.function.Function;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorts a table by the column whose header the user clicks; a second click on the same header
 * reverses the order. Each sortable column gives a key: text is compared as the user's language
 * orders words, other keys by their natural order, and an element without a key (no rank, no
 * score) comes last in either direction. Until a header is clicked the table keeps the model's
 * order.
 */
public final class ColumnSorter extends ViewerComparator {

    private final TableViewer viewer;
    private final Collator collator = Collator.getInstance();
    private Function<Object, ? extends Comparable<?>> key;
    private boolean descending;

    private ColumnSorter(TableViewer viewer) {
        this.viewer = viewer;
    }

    /**
     * @param viewer a table viewer
     * @return its sorter, with no column sortable yet
     */
    public static ColumnSorter of(TableViewer viewer) {
        return new ColumnSorter(viewer);
    }

    /**
     * Makes a column sortable.
     *
     * @param column one of the table's columns
     * @param key the key of an element in that column, or {@code null} when it has none
     */
    public void sortable(TableColumn column, Function<Object, ? extends Comparable<?>> key) {
        column.addListener(SWT.Selection, event -> sortBy(column, key));
    }

    private void sortBy(TableColumn column, Function<Object, ? extends Comparable<?>> columnKey) {
        Table table = viewer.getTable();
        descending = table.getSortColumn() == column && !descending;
        key = columnKey;
        table.setSortColumn(column);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        if (viewer.getComparator() == this) {
            viewer.refresh();
        } else {
            viewer.setComparator(this);
        }
    }

    @Override
    public int compare(Viewer v, Object a, Object b) {
        if (key == null) {
            return 0;
        }
        Comparable<?> ka = key.apply(a);
        Comparable<?> kb = key.apply(b);
        if (ka == null || kb == null) {
            return ka == kb ? 0 : ka == null ? 1 : -1;
        }
        int order = compareKeys(ka, kb);
        return descending ? -order : order;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private int compareKeys(Comparable a, Comparable b) {
        if (a instanceof String sa && b instanceof String sb) {
            return collator.compare(sa, sb);
        }
        return a.compareTo(b);
    }
}
