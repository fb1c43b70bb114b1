// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
 * Numbers are written with a decimal point and without grouping ({@code 1250.5}); whole
 * numbers are shown without a trailing {@code .0}. Dates are ISO 8601 ({@code 2026-03-31}).
 * Empty text means "no value": {@code null} for objects, unset for unsettable attributes, and
 * an error for a primitive attribute that cannot be unset.
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
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Float f) {
            return BigDecimal.valueOf(f.doubleValue()).stripTrailingZeros().toPlainString();
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
            return parseDecimal(instanceClass, trimmed);
        }
        if (isWhole(instanceClass)) {
            return parseWhole(instanceClass, trimmed);
        }
        if (instanceClass == LocalDate.class) {
            try {
                return LocalDate.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(Messages.bind(Messages.DataTypeValues_notADate, trimmed), e);
            }
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

    private static Object parseDecimal(Class<?> c, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.DataTypeValues_notANumber, text), e);
        }
        if (c == BigDecimal.class) {
            return value;
        }
        return c == float.class || c == Float.class ? (Object) value.floatValue() : (Object) value.doubleValue();
    }

    private static Object parseWhole(Class<?> c, String text) {
        try {
            if (c == long.class || c == Long.class) {
                return Long.parseLong(text);
            }
            if (c == short.class || c == Short.class) {
                return Short.parseShort(text);
            }
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.DataTypeValues_notAWholeNumber, text), e);
        }
    }
}
