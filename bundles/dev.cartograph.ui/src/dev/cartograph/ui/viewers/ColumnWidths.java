// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * Sensible initial widths of table columns, measured in the table's font: a column is never
 * narrower than its header (in any language: French headers are longer) nor than the few
 * characters its values need to be read, and shares what is left by weight.
 */
public final class ColumnWidths {

    /** Room for the header's padding and the sort indicator, in pixels. */
    private static final int HEADER_PADDING = 28;

    private ColumnWidths() {
    }

    /**
     * @param table the table or tree whose font measures
     * @param header the column's header
     * @param weight the column's share of the width beyond the minimums
     * @param characters how many average characters its values need at least, to be read
     * @return the column's layout data
     */
    public static ColumnWeightData of(Control table, String header, int weight, int characters) {
        return new ColumnWeightData(weight, minimum(table, header, characters));
    }

    /**
     * @param table the table or tree whose font measures
     * @param header the column's header
     * @param characters how many average characters its values need at least
     * @return the smallest width, in pixels, at which the header and such values read whole
     */
    public static int minimum(Control table, String header, int characters) {
        GC gc = new GC(table);
        try {
            gc.setFont(table.getFont());
            int headerWidth = gc.textExtent(header == null ? "" : header).x + HEADER_PADDING; //$NON-NLS-1$
            int valuesWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * characters) + 12;
            return Math.max(headerWidth, valuesWidth);
        } finally {
            gc.dispose();
        }
    }
}
