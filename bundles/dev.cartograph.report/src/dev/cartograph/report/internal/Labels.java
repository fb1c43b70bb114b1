// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

/** The report's words in the reader's language ({@code report.properties}, {@code report_fr.properties}). */
public final class Labels {

    private static final String BUNDLE = "dev.cartograph.report.internal.report"; //$NON-NLS-1$
    private final ResourceBundle bundle;
    private final Locale locale;

    /** @param locale the reader's locale */
    public Labels(Locale locale) {
        this.locale = locale;
        bundle = ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the locale */
    public Locale locale() {
        return locale;
    }

    /**
     * @param key a key
     * @return its text, or the key itself when missing
     */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * @param value an enumeration literal of the model, may be {@code null}
     * @return its label ({@code enum_<Type>_<literal>}), or the literal when the report has none
     */
    public String of(Enumerator value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        String key = "enum_" + value.getClass().getSimpleName() + '_' + value.getLiteral(); //$NON-NLS-1$
        String label = get(key);
        return label.equals(key) ? value.getLiteral() : label;
    }

    /** @return every text, for the templates ({@code t.key}) */
    public Map<String, String> all() {
        Map<String, String> all = new HashMap<>();
        for (String key : bundle.keySet()) {
            all.put(key, bundle.getString(key));
        }
        return all;
    }
}
