// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import dev.cartograph.scoring.internal.text.MessageTable;

/**
 * The texts of the command line ({@code messages.properties} and its translations next to this
 * class). A {@link MessageTable} with an explicit locale rather than
 * {@code org.eclipse.osgi.util.NLS}, so that one run can be checked in English and in French
 * in-process, and so that the texts follow the same locale as the scoring core's labels. Every
 * text is a {@link java.text.MessageFormat} pattern (an apostrophe is written twice).
 */
public final class Messages {

    private static final MessageTable TABLE = new MessageTable("dev.cartograph.cli.internal.messages", //$NON-NLS-1$
            Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * @param locale the language
     * @param key the key
     * @param arguments the pattern's arguments
     * @return the formatted text, or the key between exclamation marks if it is missing
     */
    public static String get(Locale locale, String key, Object... arguments) {
        return TABLE.format(locale, key, arguments);
    }

    /**
     * @param locale a locale
     * @return the texts in that locale, English when it has no translation (never the JVM's default locale)
     */
    public static ResourceBundle bundle(Locale locale) {
        return TABLE.bundle(locale);
    }
}
