// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report;

/** The page size a report is laid out for. */
public enum Paper {
    /** ISO A4, 210 x 297 mm. */
    A4("A4", 297), //$NON-NLS-1$
    /** US Letter, 8.5 x 11 in. */
    LETTER("letter", 279); //$NON-NLS-1$

    private final String cssSize;
    private final int heightMm;

    Paper(String cssSize, int heightMm) {
        this.cssSize = cssSize;
        this.heightMm = heightMm;
    }

    /** @return the value of the CSS {@code @page size} property */
    public String cssSize() {
        return cssSize;
    }

    /** @return the page height in millimetres, rounded down */
    public int heightMm() {
        return heightMm;
    }
}
