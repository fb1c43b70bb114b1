// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import dev.cartograph.cli.internal.Messages;

/** Writes cell values for people (localised, rounded) and for machines (exact, locale-free). */
public final class Values {

    private final Locale locale;

    /**
     * @param locale the language and number format for people
     */
    public Values(Locale locale) {
        this.locale = locale;
    }

    /**
     * @param column the value's column
     * @param value the value
     * @return the text a person reads: rounded numbers in the locale's format, ranks with
     *         {@code =} when tied, {@code -} for an
     *         unknown number, labels' texts, yes or no; a {@link Long} is an identifier (a seed),
     *         written without grouping
     */
    public String human(Column column, Object value) {
        if (value == null || value instanceof Double d && !Double.isFinite(d)) {
            return column.isNumeric() ? "-" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return switch (value) {
        case Label label -> Texts.oneLine(label.text());
        case Rank rank -> (rank.tied() ? "=" : "") + NumberFormat.getIntegerInstance(locale).format(rank.value()); //$NON-NLS-1$ //$NON-NLS-2$
        case Boolean b -> Messages.get(locale, b ? "Value_yes" : "Value_no"); //$NON-NLS-1$ //$NON-NLS-2$
        case Number n when column.kind() == Column.Kind.PERCENT -> percent(n.doubleValue(), column.decimals());
        case Double d -> decimal(d, column.decimals());
        case Long l -> Long.toString(l);
        case Number n -> NumberFormat.getIntegerInstance(locale).format(n.longValue());
        default -> Texts.oneLine(value.toString());
        };
    }

    private String decimal(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, decimals));
        format.setMaximumFractionDigits(decimals < 0 ? 3 : decimals);
        return format.format(value);
    }

    private String percent(double share, int decimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(share);
    }

    /**
     * @param value a finite number
     * @return its shortest exact decimal form, without exponent: {@code 3}, {@code 66.66666666666667}
     */
    public static String machineNumber(double value) {
        if (value == 0) {
            return "0"; //$NON-NLS-1$
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * @param value a value
     * @return its text for CSV: empty when unknown, a label's id, {@code true}/{@code false},
     *         exact numbers
     */
    public static String machine(Object value) {
        return switch (value) {
        case null -> ""; //$NON-NLS-1$
        case Label label -> label.id();
        case Rank rank -> Integer.toString(rank.value());
        case Double d -> Double.isFinite(d) ? machineNumber(d) : ""; //$NON-NLS-1$
        case Float f -> Float.isFinite(f) ? machineNumber(f) : ""; //$NON-NLS-1$
        default -> value.toString();
        };
    }
}
