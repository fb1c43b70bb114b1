// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.Locale;

/**
 * Something wrong in an inventory: where it is and what it is. A problem that rejects its row means nothing
 * of that row is imported; other problems (an unknown criterion's column, a container not found) leave the
 * rest of the row to be imported.
 *
 * @param row the row number as a spreadsheet shows it (the header's for a problem of a whole column)
 * @param column the column index from 0, or -1 when the problem is the whole row's
 * @param header the column's header, or {@code null}
 * @param message what is wrong, in the user's language
 * @param rejectsRow whether the row is left out
 */
public record ImportProblem(int row, int column, String header, String message, boolean rejectsRow) {

    /**
     * @param file the inventory's name
     * @param locale the language
     * @return {@code file: row 7, column C (Strategic value): message}
     */
    public String describe(String file, Locale locale) {
        if (column < 0) {
            return Messages.format(locale, "Problem_row", file, row, message); //$NON-NLS-1$
        }
        if (header == null) {
            return Messages.format(locale, "Problem_column", file, row, InventoryTable.columnName(column), message); //$NON-NLS-1$
        }
        return Messages.format(locale, "Problem_cell", file, row, InventoryTable.columnName(column), header, //$NON-NLS-1$
                message);
    }
}
