// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of persistence, read from {@code messages.properties} and its translations next to this
 * class. Every text is a {@link MessageFormat} pattern (so an apostrophe is written twice).
 * <p>
 * Translations are looked up for the requested locale only, falling back to English, never to the default locale
 * of the machine: asking for English on a French machine gives English.
 */
public final class Messages {

    private static final String BUNDLE_NAME = "dev.cartograph.model.internal.persistence.messages"; //$NON-NLS-1$

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * Formats the text with the given key for the default locale.
     *
     * @param key the key of the text in {@code messages.properties}
     * @param arguments the values of the pattern's placeholders
     * @return the formatted text
     */
    public static String format(String key, Object... arguments) {
        return format(Locale.getDefault(), key, arguments);
    }

    /**
     * Formats the text with the given key for the given locale.
     *
     * @param locale the locale to format for
     * @param key the key of the text in {@code messages.properties}
     * @param arguments the values of the pattern's placeholders
     * @return the formatted text
     */
    public static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE_NAME, locale, Messages.class.getClassLoader(),
                    NO_DEFAULT_LOCALE_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
