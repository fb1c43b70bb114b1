// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.Locale;

import dev.cartograph.scoring.internal.text.MessageTable;

/**
 * The texts of the built-in maps and layers (labels, details, badges, legends), in the locale of
 * each map's context, read from {@code messages.properties} and its translations next to this
 * class. Every pattern is a {@link java.text.MessageFormat} pattern.
 */
public final class Messages {

    private static final MessageTable TABLE = new MessageTable("dev.cartograph.maps.builtin.internal.messages", //$NON-NLS-1$
            Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * @param locale the locale
     * @param key the message key
     * @param arguments the pattern's arguments
     * @return the formatted text; English for a locale without translation
     */
    public static String format(Locale locale, String key, Object... arguments) {
        return TABLE.format(locale, key, arguments);
    }
}
