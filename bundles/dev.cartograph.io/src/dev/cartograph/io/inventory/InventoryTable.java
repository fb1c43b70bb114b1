// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The rows of an inventory as read from its file: the header row's cells and each later row's cells, as
 * text, numbered as a spreadsheet shows them (the header is row 1 in a CSV file; in a workbook, the rows keep
 * the sheet's numbers).
 *
 * @param file the file's name, for messages
 * @param headers the header row's cells, made unique ({@code Score}, {@code Score (2)})
 * @param headerRow the header's row number
 * @param rows the rows after the header that hold at least one value
 * @param description how the file was read (encoding and delimiter, or sheet), for the summary
 */
public record InventoryTable(String file, List<String> headers, int headerRow, List<Row> rows, String description) {

    /**
     * One row.
     *
     * @param number the row number, as a spreadsheet shows it
     * @param cells its cells, as text (empty when blank); may be longer than the header (a ragged row)
     */
    public record Row(int number, List<String> cells) {

        /**
         * @param column a column index, from 0
         * @return the cell's text stripped, empty if the row is shorter
         */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : ""; //$NON-NLS-1$
        }
    }

    /**
     * Reads a CSV or XLSX inventory, by its extension (and its first bytes: a workbook named {@code .csv} is
     * refused with a clear message).
     *
     * @param file the file
     * @param sheet the sheet of a workbook, or {@code null} for the first
     * @return the table
     * @throws InventoryException if the file cannot be read as an inventory
     */
    public static InventoryTable read(Path file, String sheet) throws InventoryException {
        return read(file, file.toString(), sheet, Locale.getDefault());
    }

    /**
     * Reads a CSV or XLSX inventory, with messages in a language.
     *
     * @param file the file
     * @param name the file's name in messages (as the user wrote it)
     * @param sheet the sheet of a workbook, or {@code null} for the first
     * @param locale the language of the messages
     * @return the table
     * @throws InventoryException if the file cannot be read as an inventory
     */
    public static InventoryTable read(Path file, String name, String sheet, Locale locale) throws InventoryException {
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        try {
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) { //$NON-NLS-1$ //$NON-NLS-2$
                return XlsxTableReader.read(file, name, sheet, locale);
            }
            return CsvTableReader.read(file, name, null, locale);
        } catch (IOException e) {
            throw new InventoryException(Messages.format(locale, "Table_cannotRead", name, //$NON-NLS-1$
                    String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * @param column a column index, from 0
     * @return the column's letters as a spreadsheet names it ({@code A}, {@code AB})
     */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
