// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cartograph.cli.internal.Messages;

/**
 * Writes a document for a terminal: the heading, the fields as {@code Label: value} lines, each
 * section as a titled table with aligned columns (numbers on the right), then the notes. A table
 * wider than the terminal is fitted to it: its widest text columns are narrowed, first down to
 * their longest word, then if need be down to {@value #MIN_WIDTH} characters, and their texts
 * wrap on several lines (at spaces, or within a word longer than the column), so that nothing is
 * lost. JSON, CSV and Markdown keep every text
 * on one line.
 */
public final class TableWriter {

    private static final String GAP = "  "; //$NON-NLS-1$

    /** The narrowest a text column is made to fit the terminal. */
    static final int MIN_WIDTH = 8;

    /** The longest word a column keeps whole when the table is fitted; longer ones may break. */
    static final int MAX_WORD = 24;

    private final Locale locale;
    private final Values values;
    private final int columns;

    /**
     * Writes tables as wide as their texts.
     *
     * @param locale the language and number format
     */
    public TableWriter(Locale locale) {
        this(locale, 0);
    }

    /**
     * @param locale the language and number format
     * @param columns the terminal's width that tables fit into, 0 for no limit
     */
    public TableWriter(Locale locale, int columns) {
        this.locale = locale;
        this.values = new Values(locale);
        this.columns = columns;
    }

    /**
     * @param document the document
     * @return the text
     */
    public String write(Document document) {
        StringBuilder out = new StringBuilder();
        out.append(Texts.oneLine(document.title())).append('\n');
        for (Field field : document.fields()) {
            Column column = field.value() instanceof Number ? Column.number(field.key(), field.label(), 1)
                    : Column.text(field.key(), field.label());
            String value = field.value() instanceof Integer || field.value() instanceof Long
                    ? values.human(Column.integer(field.key(), field.label()), field.value())
                    : values.human(column, field.value());
            out.append(Messages.get(locale, "Output_field", Texts.oneLine(field.label()), value)).append('\n'); //$NON-NLS-1$
        }
        for (Section section : document.sections()) {
            if (section.rows().isEmpty() && section.emptyText() == null) {
                continue;
            }
            out.append('\n').append(Texts.oneLine(section.title())).append('\n');
            if (section.rows().isEmpty()) {
                out.append(GAP).append(Texts.oneLine(section.emptyText())).append('\n');
            } else {
                table(section, out);
            }
        }
        if (!document.notes().isEmpty()) {
            out.append('\n').append(Messages.get(locale, "Output_notes")).append('\n'); //$NON-NLS-1$
            for (String note : document.notes()) {
                out.append("- ").append(Texts.oneLine(note)).append('\n'); //$NON-NLS-1$
            }
        }
        return out.toString();
    }

    private void table(Section section, StringBuilder out) {
        List<Column> columns = section.columns();
        int n = columns.size();
        String[][] cells = new String[section.rows().size()][n];
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = Texts.width(Texts.oneLine(columns.get(c).header()));
        }
        for (int r = 0; r < cells.length; r++) {
            Object[] row = section.rows().get(r);
            for (int c = 0; c < n; c++) {
                cells[r][c] = values.human(columns.get(c), row[c]);
                widths[c] = Math.max(widths[c], Texts.width(cells[r][c]));
            }
        }
        int[] minimums = new int[n];
        for (int c = 0; c < n; c++) {
            minimums[c] = Math.min(widths[c], Math.max(MIN_WIDTH, Math.min(MAX_WORD, longestWord(columns.get(c).header()))));
            for (String[] row : cells) {
                minimums[c] = Math.min(widths[c], Math.max(minimums[c], Math.min(MAX_WORD, longestWord(row[c]))));
            }
        }
        fit(columns, widths, minimums);
        int[] narrowest = new int[n];
        java.util.Arrays.fill(narrowest, MIN_WIDTH);
        fit(columns, widths, narrowest);
        String[] header = new String[n];
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            header[c] = Texts.oneLine(columns.get(c).header());
            rule[c] = "-".repeat(widths[c]); //$NON-NLS-1$
        }
        wrapped(columns, widths, header, out);
        line(columns, widths, rule, out);
        for (String[] row : cells) {
            wrapped(columns, widths, row, out);
        }
    }

    /** @return the width of the longest word of a text (its parts between spaces) */
    private static int longestWord(String text) {
        int longest = 0;
        for (String word : Texts.oneLine(text).split("\\s+")) { //$NON-NLS-1$
            longest = Math.max(longest, Texts.width(word));
        }
        return longest;
    }

    /**
     * Narrows the widest text columns, one character at a time, until the table fits, none
     * below its minimum. Tables are fitted twice: first keeping each column's longest word whole
     * (up to {@value #MAX_WORD} characters), so that identifiers and words break only when no
     * other column can give room, then down to {@value #MIN_WIDTH} characters.
     */
    private void fit(List<Column> columns, int[] widths, int[] minimums) {
        if (this.columns <= 0) {
            return;
        }
        int total = GAP.length() * (widths.length - 1);
        for (int width : widths) {
            total += width;
        }
        while (total > this.columns) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (!columns.get(c).isNumeric() && widths[c] > minimums[c] && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return; // as narrow as it gets: the terminal wraps the rest
            }
            widths[widest]--;
            total--;
        }
    }

    /** Writes one row, on as many lines as its longest wrapped cell needs. */
    private static void wrapped(List<Column> columns, int[] widths, String[] cells, StringBuilder out) {
        List<List<String>> parts = new ArrayList<>(cells.length);
        int height = 1;
        for (int c = 0; c < cells.length; c++) {
            List<String> lines = Texts.wrap(cells[c], widths[c]);
            parts.add(lines);
            height = Math.max(height, lines.size());
        }
        String[] line = new String[cells.length];
        for (int l = 0; l < height; l++) {
            for (int c = 0; c < cells.length; c++) {
                List<String> lines = parts.get(c);
                line[c] = l < lines.size() ? lines.get(l) : ""; //$NON-NLS-1$
            }
            line(columns, widths, line, out);
        }
    }

    private static void line(List<Column> columns, int[] widths, String[] cells, StringBuilder out) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append(GAP);
            }
            String padding = " ".repeat(Math.max(0, widths[c] - Texts.width(cells[c]))); //$NON-NLS-1$
            if (columns.get(c).isNumeric()) {
                line.append(padding).append(cells[c]);
            } else {
                line.append(cells[c]).append(padding);
            }
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(line, 0, end).append('\n');
    }
}
