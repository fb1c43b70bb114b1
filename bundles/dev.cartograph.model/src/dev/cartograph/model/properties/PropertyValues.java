// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.properties;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;

import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.PropertyValue;

/**
 * Reads the portfolio's own properties (Archi-style key/value pairs) on its elements: which
 * definitions apply to an element, an element's value for a key, whether a value fits its
 * definition's type, and a value to sort by. Plain Java on EMF, for the command line, the
 * workbench and importers alike; it never changes the model.
 */
public final class PropertyValues {

    /** The lexical forms of a yes/no value. */
    public static final String YES = "true"; //$NON-NLS-1$

    /** The lexical form of "no". */
    public static final String NO = "false"; //$NON-NLS-1$

    /** Why a value does not fit its definition. */
    public enum Problem {
        /** No definition of the portfolio has the value's key. */
        UNDEFINED_KEY,
        /** The element has two values for the same key. */
        DUPLICATE_KEY,
        /** A number property whose value is not a number (a dot as decimal separator). */
        NOT_A_NUMBER,
        /** A date property whose value is not an ISO date (yyyy-MM-dd). */
        NOT_A_DATE,
        /** A yes/no property whose value is neither {@value PropertyValues#YES} nor {@value PropertyValues#NO}. */
        NOT_YES_OR_NO,
        /** A choice property whose value is not one of its choices. */
        NOT_A_CHOICE,
        /** The definition does not apply to this kind of element. */
        NOT_APPLICABLE
    }

    private PropertyValues() {
    }

    /**
     * @param portfolio a portfolio
     * @param key a property key
     * @return its definition with that key, the first if several have it
     */
    public static Optional<PropertyDefinition> definition(Portfolio portfolio, String key) {
        if (portfolio == null || key == null) {
            return Optional.empty();
        }
        for (PropertyDefinition definition : portfolio.getPropertyDefinitions()) {
            if (key.equals(definition.getKey())) {
                return Optional.of(definition);
            }
        }
        return Optional.empty();
    }

    /**
     * @param portfolio a portfolio
     * @param kind a model class, for example {@code CartographPackage.Literals.USE_CASE}
     * @return the definitions that apply to its elements, in the portfolio's order
     */
    public static List<PropertyDefinition> applicableTo(Portfolio portfolio, EClass kind) {
        List<PropertyDefinition> result = new ArrayList<>();
        if (portfolio != null) {
            for (PropertyDefinition definition : portfolio.getPropertyDefinitions()) {
                if (appliesTo(definition, kind)) {
                    result.add(definition);
                }
            }
        }
        return result;
    }

    /**
     * @param definition a definition
     * @param kind a model class
     * @return whether it applies to elements of that class (a definition naming no kind applies to all)
     */
    public static boolean appliesTo(PropertyDefinition definition, EClass kind) {
        if (definition.getAppliesTo().isEmpty()) {
            return true;
        }
        for (String name : definition.getAppliesTo()) {
            if (name.equals(kind.getName())) {
                return true;
            }
            for (EClass superType : kind.getEAllSuperTypes()) {
                if (name.equals(superType.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param element an element
     * @param key a property key
     * @return its value for that key (the first if it has several), or {@code null}
     */
    public static String get(NamedElement element, String key) {
        PropertyValue value = find(element, key);
        return value == null ? null : value.getValue();
    }

    /**
     * @param element an element
     * @param key a property key
     * @return its property value object for that key, or {@code null}
     */
    public static PropertyValue find(NamedElement element, String key) {
        if (element == null || key == null) {
            return null;
        }
        List<PropertyValue> values = element.getProperties();
        for (int i = 0, n = values.size(); i < n; i++) {
            PropertyValue value = values.get(i);
            if (key.equals(value.getKey())) {
                return value;
            }
        }
        return null;
    }

    /**
     * @param definition the value's definition
     * @param value a value in its lexical form, possibly {@code null} or blank (no value: fits)
     * @return why it does not fit the definition's type, if it does not
     */
    public static Optional<Problem> check(PropertyDefinition definition, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        PropertyType type = definition.getType() == null ? PropertyType.TEXT : definition.getType();
        return switch (type) {
            case TEXT -> Optional.empty();
            case NUMBER -> number(value) == null ? Optional.of(Problem.NOT_A_NUMBER) : Optional.empty();
            case DATE -> date(value) == null ? Optional.of(Problem.NOT_A_DATE) : Optional.empty();
            case YES_NO -> YES.equals(value.trim()) || NO.equals(value.trim()) ? Optional.empty()
                    : Optional.of(Problem.NOT_YES_OR_NO);
            case CHOICE -> definition.getChoices().contains(value) ? Optional.empty() : Optional.of(Problem.NOT_A_CHOICE);
        };
    }

    /**
     * A value to sort by: a number for number properties, a date for dates, the choice's
     * position for choices, {@code false} before {@code true} for yes/no, else the text. A
     * value that does not fit its type sorts as text, after the values that fit.
     *
     * @param definition the definition, or {@code null} (the value sorts as text)
     * @param value the value, or {@code null}
     * @return the key, or {@code null} when there is no value
     */
    public static SortKey sortKey(PropertyDefinition definition, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (definition == null || check(definition, value).isPresent()) {
            return new SortKey(1, 0, value);
        }
        PropertyType type = definition.getType() == null ? PropertyType.TEXT : definition.getType();
        return switch (type) {
            case NUMBER -> new SortKey(0, number(value), value);
            case DATE -> new SortKey(0, date(value).toEpochDay(), value);
            case YES_NO -> new SortKey(0, YES.equals(value.trim()) ? 1 : 0, value);
            case CHOICE -> new SortKey(0, definition.getChoices().indexOf(value), value);
            case TEXT -> new SortKey(0, 0, value);
        };
    }

    /**
     * An order of property values: values that fit their type first, by number, date, choice
     * position or yes/no, then by text.
     *
     * @param group 0 for a value that fits its type, 1 for one that does not
     * @param number the numeric order
     * @param text the text, the last criterion (case-insensitive)
     */
    public record SortKey(int group, double number, String text) implements Comparable<SortKey> {
        @Override
        public int compareTo(SortKey other) {
            int order = Integer.compare(group, other.group);
            if (order == 0) {
                order = Double.compare(number, other.number);
            }
            return order != 0 ? order : String.CASE_INSENSITIVE_ORDER.compare(text, other.text);
        }
    }

    /**
     * @param value a number property's value
     * @return the number, or {@code null} if it is not one (a dot as decimal separator)
     */
    public static Double number(String value) {
        try {
            double number = Double.parseDouble(value.trim());
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param value a date property's value
     * @return the date, or {@code null} if it is not an ISO date
     */
    public static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * @param definition a definition
     * @param french whether the label is wanted in French
     * @return its label in that language, else its English label, else its key
     */
    public static String label(PropertyDefinition definition, boolean french) {
        if (french && definition.getNameFr() != null && !definition.getNameFr().isBlank()) {
            return definition.getNameFr();
        }
        if (definition.getName() != null && !definition.getName().isBlank()) {
            return definition.getName();
        }
        return definition.getKey() == null ? "" : definition.getKey(); //$NON-NLS-1$
    }
}
