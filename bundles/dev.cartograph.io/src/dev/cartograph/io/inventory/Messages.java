// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible texts of the inventory import, from {@code messages.properties} and its translations. */
final class Messages {

    private static final String BUNDLE = "dev.cartograph.io.inventory.messages"; //$NON-NLS-1$

    private Messages() {
    }

    /**
     * @param locale the locale (English when it has no translation)
     * @param key the key
     * @param arguments the {@link MessageFormat} arguments
     * @return the text
     */
    static String format(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
    }
}
