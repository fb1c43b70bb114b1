// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;

import dev.cartograph.ui.internal.Messages;

/**
 * Converts between the text a user types and the value of an attribute, with a message the
 * user can act on when the text is not a valid value. Used by every text field and cell editor
 * of Cartograph, so that the same input is accepted (or refused with the same words)
 * everywhere.
 * <p>
 * Numbers and dates are shown as the user's locale writes them: {@code 220,000} and
 * {@code 1,250.5} in English, {@code 220 000} and {@code 1 250,5} in French; whole numbers
 * without a trailing {@code .0}; dates in the locale's medium style ({@code Mar 31, 2026},
 * {@code 31 mars 2026}). What the user types is read the same way, and also without grouping,
 * with a decimal point ({@code 1250.5}), and dates as ISO 8601 ({@code 2026-03-31}), so that
 * text copied from a file or a spreadsheet is accepted too. Empty text means "no value":
 * {@code null} for objects, unset for unsettable attributes, and an error for a primitive
 * attribute that cannot be unset.
 */
public final class DataTypeValues {

    private DataTypeValues() {
    }

    /**
     * @param type the attribute's type
     * @param value a value of that type, or {@code null}
     * @return the text to show, empty for {@code null}
     */
    public static String toText(EDataType type, Object value) {
        return toText(type, value, Locale.getDefault());
    }

    /**
     * @param type the attribute's type
     * @param value a value of that type, or {@code null}
     * @param locale how numbers and dates are written
     * @return the text to show, empty for {@code null}
     */
    public static String toText(EDataType type, Object value, Locale locale) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? value.toString()
                    : numbers(locale).format(new BigDecimal(value.toString()).stripTrailingZeros());
        }
        if (value instanceof BigDecimal || value instanceof Integer || value instanceof Long || value instanceof Short) {
            return numbers(locale).format(value);
        }
        if (value instanceof LocalDate date) {
            return dates(locale).format(date);
        }
        if (value instanceof String s) {
            return s;
        }
        String text = EcoreUtil.convertToString(type, value);
        return text == null ? "" : text; //$NON-NLS-1$
    }

    /**
     * Checks the text a user typed for an attribute.
     *
     * @param feature the attribute
     * @param text the text
     * @return {@code null} if the text is a valid value, else a message that says what to type
     */
    public static String validate(EStructuralFeature feature, String text) {
        try {
            fromText(feature, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Converts the text a user typed into the attribute's value.
     *
     * @param feature the attribute
     * @param text the text
     * @return the value; {@link SetCommand#UNSET_VALUE} when the text is empty and the
     *         attribute is unsettable; {@code null} when it is empty and the attribute holds an
     *         object
     * @throws IllegalArgumentException with a message for the user, when the text is not valid
     */
    public static Object fromText(EStructuralFeature feature, String text) {
        return fromText(feature, text, Locale.getDefault());
    }

    /**
     * Converts the text a user typed into the attribute's value, as the locale writes numbers
     * and dates, or without grouping and with a decimal point, or as an ISO date.
     *
     * @param feature the attribute
     * @param text the text
     * @param locale how the user writes numbers and dates
     * @return the value, as {@link #fromText(EStructuralFeature, String)} says
     * @throws IllegalArgumentException with a message for the user, when the text is not valid
     */
    public static Object fromText(EStructuralFeature feature, String text, Locale locale) {
        EDataType type = (EDataType) feature.getEType();
        Class<?> instanceClass = type.getInstanceClass();
        String trimmed = text == null ? "" : text.strip(); //$NON-NLS-1$
        if (instanceClass == String.class) {
            return text == null || text.isEmpty() ? null : text;
        }
        if (trimmed.isEmpty()) {
            if (feature.isUnsettable()) {
                return SetCommand.UNSET_VALUE;
            }
            if (instanceClass != null && instanceClass.isPrimitive()) {
                throw new IllegalArgumentException(Messages.DataTypeValues_required);
            }
            return null;
        }
        if (isDecimal(instanceClass)) {
            return parseDecimal(instanceClass, trimmed, locale);
        }
        if (isWhole(instanceClass)) {
            return parseWhole(instanceClass, trimmed, locale);
        }
        if (instanceClass == LocalDate.class) {
            return parseDate(trimmed, locale);
        }
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            if (!trimmed.equalsIgnoreCase("true") && !trimmed.equalsIgnoreCase("false")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new IllegalArgumentException(Messages.bind(Messages.DataTypeValues_notABoolean, trimmed));
            }
            return Boolean.valueOf(trimmed);
        }
        try {
            return EcoreUtil.createFromString(type, trimmed);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.DataTypeValues_invalid, trimmed,
                    feature instanceof EAttribute ? type.getName() : feature.getName()), e);
        }
    }

    private static boolean isDecimal(Class<?> c) {
        return c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class;
    }

    private static boolean isWhole(Class<?> c) {
        return c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                || c == Short.class;
    }

    /** @return the locale's number format, grouped, with as many decimals as a value has */
    private static NumberFormat numbers(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(12);
        return format;
    }

    private static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /**
     * Reads a number as the locale writes it (its grouping and decimal separators), else written
     * without grouping and with a decimal point.
     *
     * @return the number, or {@code null} if the text is neither
     */
    private static BigDecimal number(String text, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char grouping = symbols.getGroupingSeparator();
        // French groups with a (narrow) no-break space; users type a plain space.
        String compact = Character.isSpaceChar(grouping) ? text.replaceAll("[\\s\\u00a0\\u202f]", "") : text; //$NON-NLS-1$ //$NON-NLS-2$
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (format instanceof DecimalFormat decimal) {
            decimal.setParseBigDecimal(true);
        }
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(compact, position);
        if (parsed != null && position.getIndex() == compact.length() && position.getErrorIndex() < 0
                && groupedCorrectly(compact, symbols)) {
            return parsed instanceof BigDecimal big ? big : new BigDecimal(parsed.toString());
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @return whether the grouping separators of a number, if any, split its whole part in
     *         threes ({@code 1,250} but not {@code 1,25}, which is more likely a decimal comma)
     */
    private static boolean groupedCorrectly(String text, DecimalFormatSymbols symbols) {
        char grouping = symbols.getGroupingSeparator();
        if (Character.isSpaceChar(grouping) || text.indexOf(grouping) < 0) {
            return true;
        }
        int decimal = text.indexOf(symbols.getDecimalSeparator());
        String whole = decimal < 0 ? text : text.substring(0, decimal);
        String[] groups = whole.replaceFirst("^[-+]", "").split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return !groups[0].isEmpty() && groups[0].length() <= 3;
    }

    private static Object parseDecimal(Class<?> c, String text, Locale locale) {
        BigDecimal value = number(text, locale);
        if (value == null) {
            throw new IllegalArgumentException(Messages.bind(Messages.DataTypeValues_notANumber, text,
                    toText(null, Double.valueOf(1250.5), locale)));
        }
        if (c == BigDecimal.class) {
            return value;
        }
        return c == float.class || c == Float.class ? (Object) value.floatValue() : (Object) value.doubleValue();
    }

    private static Object parseWhole(Class<?> c, String text, Locale locale) {
        BigDecimal value = number(text, locale);
        try {
            if (value == null) {
                throw new NumberFormatException(text);
            }
            if (c == long.class || c == Long.class) {
                return value.longValueExact();
            }
            if (c == short.class || c == Short.class) {
                return value.shortValueExact();
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.DataTypeValues_notAWholeNumber, text,
                    toText(null, Integer.valueOf(12000), locale)), e);
        }
    }

    private static LocalDate parseDate(String text, Locale locale) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, dates(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw new IllegalArgumentException(Messages.bind(Messages.DataTypeValues_notADate, text,
                dates(locale).format(LocalDate.of(2026, 3, 31))));
    }
}
