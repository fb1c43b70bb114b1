// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal;

import java.text.NumberFormat;

/** How numbers are shown to the user, in the user's locale. */
public final class Formats {

    private Formats() {
    }

    /**
     * @param score a score between 0 and 100, or NaN when there is none
     * @return the score with one decimal (for example "72.5", or "72,5" in French), or a dash
     */
    public static String score(double score) {
        if (Double.isNaN(score)) {
            return "\u2013"; //$NON-NLS-1$
        }
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(score);
    }

    /**
     * @param value a number
     * @return it with at most two decimals, grouped as the locale does
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "\u2013"; //$NON-NLS-1$
        }
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
