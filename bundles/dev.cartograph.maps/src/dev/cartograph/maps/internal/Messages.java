// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.internal;

import java.util.Locale;

import dev.cartograph.scoring.internal.text.MessageTable;

/**
 * The user-visible texts of the maps core, read from {@code messages.properties} and its
 * translations next to this class. Every pattern is a {@link java.text.MessageFormat} pattern.
 */
public final class Messages {

    private static final MessageTable TABLE = new MessageTable("dev.cartograph.maps.internal.messages", //$NON-NLS-1$
            Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * Formats the text of a key in the default locale.
     *
     * @param key the message key
     * @param arguments the pattern's arguments
     * @return the formatted text
     */
    public static String get(String key, Object... arguments) {
        return TABLE.get(key, arguments);
    }

    /**
     * Formats the text of a key in a given locale; a locale without translation gets English.
     *
     * @param locale the locale
     * @param key the message key
     * @param arguments the pattern's arguments
     * @return the formatted text
     */
    public static String format(Locale locale, String key, Object... arguments) {
        return TABLE.format(locale, key, arguments);
    }
}
