// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.List;
import java.util.Locale;

import dev.cartograph.cli.internal.Messages;

/**
 * Writes a document as GitHub-flavoured Markdown, for a pull request comment: a heading, the
 * fields as a list, each section as a table (numbers right-aligned; a folded section inside a
 * {@code <details>} element, closed), then the notes. Text from
 * the model is escaped so that it cannot add links, HTML or formatting, nor break a table.
 */
public final class MarkdownWriter {

    private static final String SPECIAL = "\\`*_[]<>|~&#!"; //$NON-NLS-1$

    private final Locale locale;
    private final Values values;

    /**
     * @param locale the language and number format
     */
    public MarkdownWriter(Locale locale) {
        this.locale = locale;
        this.values = new Values(locale);
    }

    /**
     * @param document the document
     * @return the Markdown text
     */
    public String write(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(escape(document.title())).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!document.fields().isEmpty()) {
            for (Field field : document.fields()) {
                Column column = field.value() instanceof Integer || field.value() instanceof Long
                        ? Column.integer(field.key(), field.label())
                        : field.value() instanceof Number ? Column.number(field.key(), field.label(), 1)
                                : Column.text(field.key(), field.label());
                out.append("- ").append(Messages.get(locale, "Output_markdownField", escape(field.label()), //$NON-NLS-1$ //$NON-NLS-2$
                        escape(values.human(column, field.value())))).append('\n');
            }
            out.append('\n');
        }
        for (Section section : document.sections()) {
            if (section.rows().isEmpty() && section.emptyText() == null) {
                continue;
            }
            if (section.isFolded() && !section.rows().isEmpty()) {
                out.append("<details><summary>").append(escape(section.title())).append(" (") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(section.rows().size()).append(")</summary>\n\n"); //$NON-NLS-1$
                table(section, out);
                out.append("</details>\n\n"); //$NON-NLS-1$
                continue;
            }
            out.append("### ").append(escape(section.title())).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
            if (section.rows().isEmpty()) {
                out.append('_').append(escape(section.emptyText())).append("_\n\n"); //$NON-NLS-1$
            } else {
                table(section, out);
            }
        }
        if (!document.notes().isEmpty()) {
            out.append("### ").append(escape(Messages.get(locale, "Output_notes"))).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (String note : document.notes()) {
                out.append("- ").append(escape(note)).append('\n'); //$NON-NLS-1$
            }
            out.append('\n');
        }
        return out.toString();
    }

    private void table(Section section, StringBuilder out) {
        List<Column> columns = section.columns();
        out.append('|');
        for (Column column : columns) {
            out.append(' ').append(escape(column.header())).append(" |"); //$NON-NLS-1$
        }
        out.append("\n|"); //$NON-NLS-1$
        for (Column column : columns) {
            out.append(column.isNumeric() ? " ---: |" : " --- |"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append('\n');
        for (Object[] row : section.rows()) {
            out.append('|');
            for (int c = 0; c < columns.size(); c++) {
                out.append(' ').append(escape(values.human(columns.get(c), row[c]))).append(" |"); //$NON-NLS-1$
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /**
     * @param text any text
     * @return the text on one line, with Markdown's special characters backslash-escaped
     */
    public static String escape(String text) {
        String line = Texts.oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
