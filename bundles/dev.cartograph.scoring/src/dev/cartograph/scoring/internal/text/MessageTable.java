// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-visible texts of one headless bundle, read from a {@code messages.properties} and its
 * translations. A plain {@link ResourceBundle} rather than {@code org.eclipse.osgi.util.NLS}, so
 * that the core runs without OSGi. Every pattern is a {@link MessageFormat} pattern. Each bundle
 * keeps its own message files and holds one table in its {@code Messages} class.
 */
public final class MessageTable {

    private final String baseName;
    private final ClassLoader loader;

    /** Parsed patterns per locale and key: parsing dominates the cost of a message. */
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    /**
     * @param baseName the base name of the properties files, such as
     *            {@code dev.cartograph.scoring.internal.messages}
     * @param loader the class loader that sees them: the owning bundle's
     */
    public MessageTable(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /**
     * Formats the text of a key in the default locale.
     *
     * @param key the message key
     * @param arguments the pattern's arguments
     * @return the formatted text
     */
    public String get(String key, Object... arguments) {
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
    public String format(Locale locale, String key, Object... arguments) {
        Map<String, MessageFormat> byKey = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        MessageFormat format = byKey.get(key);
        if (format == null) {
            try {
                format = new MessageFormat(bundle(locale).getString(key), locale);
            } catch (MissingResourceException e) {
                return '!' + key + '!';
            }
            byKey.putIfAbsent(key, format);
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
    public ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
