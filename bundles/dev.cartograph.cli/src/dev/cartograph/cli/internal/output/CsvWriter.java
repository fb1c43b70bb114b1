// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a document as one CSV table (RFC 4180 quoting, {@code \n} line ends, header row of
 * stable column keys). A document with one section gives that section's table. A document
 * with several sections gives one table whose first column, {@code section}, names each row's
 * section, and whose other columns are the union of the sections' columns in order of first
 * appearance (cells of columns a section does not have are empty). The columns depend on the
 * command only, never on the data. Fields and notes are not part of the CSV.
 */
public final class CsvWriter {

    private static final String SECTION = "section"; //$NON-NLS-1$

    private CsvWriter() {
    }

    /**
     * @param document the document
     * @return the CSV text
     */
    public static String write(Document document) {
        List<Section> sections = document.sections();
        boolean tagged = sections.size() > 1;
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Section section : sections) {
            for (Column column : section.columns()) {
                index.putIfAbsent(column.key(), index.size());
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        if (tagged) {
            header.add(SECTION);
        }
        header.addAll(index.keySet());
        record(header, out);
        for (Section section : sections) {
            for (Object[] row : section.rows()) {
                String[] cells = new String[index.size()];
                Arrays.fill(cells, ""); //$NON-NLS-1$
                for (int c = 0; c < row.length; c++) {
                    cells[index.get(section.columns().get(c).key())] = Values.machine(row[c]);
                }
                List<String> values = new ArrayList<>(cells.length + 1);
                if (tagged) {
                    values.add(section.key());
                }
                values.addAll(List.of(cells));
                record(values, out);
            }
        }
        return out.toString();
    }

    private static void record(List<String> fields, StringBuilder out) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append('\n');
    }

    /**
     * @param field a field's text
     * @return the field, between double quotes (doubled inside) when it holds a comma, a quote,
     *         a line break, or leading or trailing blanks
     */
    public static String quote(String field) {
        boolean needed = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || !field.isEmpty() && (field.charAt(0) == ' '
                        || field.charAt(field.length() - 1) == ' ');
        return needed ? '"' + field.replace("\"", "\"\"") + '"' : field; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
