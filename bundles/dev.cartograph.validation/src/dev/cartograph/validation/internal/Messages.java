// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-visible texts of the validation core, read from {@code messages.properties} and its
 * translations next to this class. A plain {@link ResourceBundle} rather than
 * {@code org.eclipse.osgi.util.NLS}, so that the core runs without OSGi. Every pattern is a
 * {@link MessageFormat} pattern.
 */
public final class Messages {

    private static final String BUNDLE_NAME = "dev.cartograph.validation.internal.messages"; //$NON-NLS-1$

    /** Parsed patterns per locale and key: parsing dominates the cost of a message. */
    private static final Map<Locale, Map<String, MessageFormat>> FORMATS = new ConcurrentHashMap<>();

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
        return format(Locale.getDefault(), key, arguments);
    }

    /**
     * Formats the text of a key in a given locale; a locale without translation gets English.
     *
     * @param locale the locale
     * @param key the message key
     * @param arguments the pattern's arguments
     * @return the formatted text, or the key between exclamation marks if it is missing
     */
    public static String format(Locale locale, String key, Object... arguments) {
        Map<String, MessageFormat> formats = FORMATS.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        MessageFormat format = formats.get(key);
        if (format == null) {
            try {
                format = new MessageFormat(bundle(locale).getString(key), locale);
            } catch (MissingResourceException e) {
                return '!' + key + '!';
            }
            formats.putIfAbsent(key, format);
        }
        synchronized (format) {
            return format.format(arguments);
        }
    }

    /**
     * Returns the resource bundle of a locale, without falling back to the default locale.
     *
     * @param locale the locale
     * @return the bundle (English when the locale has no translation)
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE_NAME, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
