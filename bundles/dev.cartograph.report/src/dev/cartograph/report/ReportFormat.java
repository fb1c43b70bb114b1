// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report;

/** What a report is written as. */
public enum ReportFormat {
    /** A PDF file: fonts embedded, bookmarks, links from the summary to each page. */
    PDF("pdf"), //$NON-NLS-1$
    /** One self-contained HTML file: styles and images inline. */
    HTML("html"); //$NON-NLS-1$

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file name extension, without the dot */
    public String extension() {
        return extension;
    }
}
