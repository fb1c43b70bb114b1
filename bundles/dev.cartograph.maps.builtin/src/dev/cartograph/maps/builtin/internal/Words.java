// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

import dev.cartograph.model.NamedElement;

/** The words of one map, in its context's language: texts, enum literals, numbers, names. */
public final class Words {

    private final Locale locale;

    /** @param locale the language */
    public Words(Locale locale) {
        this.locale = locale;
    }

    /** @return the language */
    public Locale locale() {
        return locale;
    }

    /**
     * @param key a message key
     * @param arguments its arguments
     * @return the text
     */
    public String text(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    /**
     * @param literal a literal of a model enumeration ({@code Channel.WEB})
     * @return its name, from the key {@code Channel_web}
     */
    public String literal(Enumerator literal) {
        return text(literal.getClass().getSimpleName() + '_' + literal.getName());
    }

    /**
     * @param value a number
     * @param fractionDigits the most digits after the separator
     * @return the number as this language writes it
     */
    public String number(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(fractionDigits);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /**
     * @param element a named element
     * @return its name, or a placeholder saying it has none
     */
    public String name(NamedElement element) {
        String name = element.getName();
        return name == null || name.isBlank() ? text("Name_unnamed") : name; //$NON-NLS-1$
    }
}
