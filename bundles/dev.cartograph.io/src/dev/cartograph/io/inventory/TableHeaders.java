// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks and names a header row: present, with names, each name unique. */
final class TableHeaders {

    private TableHeaders() {
    }

    /**
     * @param file the file, for messages
     * @param cells the first row's cells
     * @param row its number
     * @param locale the language of the messages
     * @return the headers, blank ones named after their column, repeated ones numbered
     * @throws InventoryException if the row holds values rather than names (numbers only), or nothing
     */
    static List<String> of(String file, List<String> cells, int row, Locale locale) throws InventoryException {
        int named = 0;
        int numbers = 0;
        for (String cell : cells) {
            String text = cell.strip();
            if (!text.isEmpty()) {
                named++;
                if (text.matches("[-+]?[0-9 .,]+%?")) { //$NON-NLS-1$
                    numbers++;
                }
            }
        }
        if (named == 0) {
            throw new InventoryException(Messages.format(locale, "Table_noHeader", file, row), null); //$NON-NLS-1$
        }
        if (numbers * 2 > named) {
            throw new InventoryException(Messages.format(locale, "Table_headerIsData", file, row), null); //$NON-NLS-1$
        }
        List<String> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String base = cells.get(i).strip().isEmpty() ? InventoryTable.columnName(i) : cells.get(i).strip();
            String header = base;
            for (int n = 2; !seen.add(header); n++) {
                header = base + " (" + n + ')'; //$NON-NLS-1$
            }
            headers.add(header);
        }
        return headers;
    }
}
