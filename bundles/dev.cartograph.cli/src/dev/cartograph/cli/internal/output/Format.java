// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.Locale;
import java.util.Optional;

/** The output formats of the command line ({@code --format}). */
public enum Format {
    /** An aligned table for people; the default. */
    TABLE("table"), //$NON-NLS-1$
    /** JSON, for programs. */
    JSON("json"), //$NON-NLS-1$
    /** CSV (RFC 4180 quoting), for spreadsheets and programs. */
    CSV("csv"), //$NON-NLS-1$
    /** GitHub-flavoured Markdown, for pull requests. */
    MARKDOWN("markdown"); //$NON-NLS-1$

    private final String id;

    Format(String id) {
        this.id = id;
    }

    /** @return the name used on the command line */
    public String id() {
        return id;
    }

    /**
     * @param text a name given on the command line, in any case
     * @return the format, if the name is one
     */
    public static Optional<Format> parse(String text) {
        for (Format format : values()) {
            if (format.id.equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes a document in this format.
     *
     * @param document the document
     * @param locale the language and number format of the table and Markdown formats
     * @return the text, each line ending with {@code \n}
     */
    public String write(Document document, Locale locale) {
        return write(document, locale, 0);
    }

    /**
     * Writes a document in this format.
     *
     * @param document the document
     * @param locale the language and number format of the table and Markdown formats
     * @param columns the terminal width that tables fit into (0 for none); the other formats
     *        keep every text whole on one line
     * @return the text, each line ending with {@code \n}
     */
    public String write(Document document, Locale locale, int columns) {
        return switch (this) {
        case TABLE -> new TableWriter(locale, columns).write(document);
        case JSON -> DocumentJson.write(document);
        case CSV -> CsvWriter.write(document);
        case MARKDOWN -> new MarkdownWriter(locale).write(document);
        };
    }

    /** @return whether the document's notes are part of the output; otherwise they go to the error stream */
    public boolean includesNotes() {
        return this != CSV;
    }
}
