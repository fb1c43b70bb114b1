// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.cartograph.model.NamedElement;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.internal.Messages;

/** Small helpers to write the rules' messages. */
public final class Texts {

    private Texts() {
    }

    /**
     * @param element a named element
     * @param locale the locale
     * @return its name, or a localised placeholder when it has none
     */
    public static String name(NamedElement element, Locale locale) {
        String name = element == null ? null : element.getName();
        return name == null || name.isBlank() ? Messages.format(locale, "Name_unnamed") : name; //$NON-NLS-1$
    }

    /**
     * @param element a named element
     * @param locale the locale
     * @return its name between the locale's quotation marks
     */
    public static String quoted(NamedElement element, Locale locale) {
        return Messages.format(locale, "Name_quoted", name(element, locale)); //$NON-NLS-1$
    }

    /**
     * @param status a use case status
     * @param locale the locale
     * @return its localised name, in lower case, for example "business case"
     */
    public static String status(UseCaseStatus status, Locale locale) {
        return Messages.format(locale, "Status_" + status.getLiteral()); //$NON-NLS-1$
    }

    /**
     * @param items texts
     * @param locale the locale
     * @return the texts separated by the locale's list separator
     */
    public static String list(Collection<String> items, Locale locale) {
        return items.stream().collect(Collectors.joining(Messages.format(locale, "List_separator"))); //$NON-NLS-1$
    }

    /**
     * @param reasons explanations that may contain commas
     * @param locale the locale
     * @return the explanations separated by the locale's separator of clauses (a semicolon)
     */
    public static String reasons(Collection<String> reasons, Locale locale) {
        return reasons.stream().collect(Collectors.joining(Messages.format(locale, "List_reasonSeparator"))); //$NON-NLS-1$
    }

    /**
     * @param text a text, possibly {@code null}
     * @return whether it is {@code null} or blank
     */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
