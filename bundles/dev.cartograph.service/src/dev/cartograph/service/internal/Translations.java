// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.osgi.service.localization.BundleLocalization;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The text of a translatable attribute ({@code %key}) in any language, from the contributor's
 * {@code plugin_xx.properties} (fragments included) through Equinox's bundle localization: the
 * extension registry gives it only in the platform's language. Unless the registry keeps every
 * language ({@code -registryMultiLanguage}), it keeps no key either; the key is then the one whose
 * text in the platform's language is the attribute's.
 */
final class Translations {

    private Translations() {
    }

    /**
     * @param element a contribution
     * @param attribute a translatable attribute of it
     * @param fallback the text in the platform's language
     * @return the attribute's text in a given language, {@code fallback} when there is none
     */
    static Function<Locale, String> of(IConfigurationElement element, String attribute, String fallback) {
        Bundle bundle;
        try {
            bundle = ContributorFactoryOSGi.resolve(element.getContributor());
        } catch (InvalidRegistryObjectException e) {
            return locale -> fallback;
        }
        if (bundle == null || fallback == null) {
            return locale -> fallback;
        }
        return new Function<>() {
            private String key;
            private boolean searched;

            @Override
            public synchronized String apply(Locale locale) {
                if (!searched) {
                    searched = true;
                    key = keyOf(bundle, fallback);
                }
                ResourceBundle texts = key == null ? null : localization(bundle, locale);
                try {
                    return texts == null ? fallback : texts.getString(key);
                } catch (MissingResourceException e) {
                    return fallback;
                }
            }
        };
    }

    private static String keyOf(Bundle bundle, String text) {
        ResourceBundle platform = localization(bundle, Locale.getDefault());
        if (platform == null) {
            return null;
        }
        for (String key : platform.keySet()) {
            if (text.equals(platform.getString(key))) {
                return key;
            }
        }
        return null;
    }

    private static ResourceBundle localization(Bundle bundle, Locale locale) {
        Bundle self = FrameworkUtil.getBundle(Translations.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return null;
        }
        ServiceReference<BundleLocalization> reference = context.getServiceReference(BundleLocalization.class);
        if (reference == null) {
            return null;
        }
        try {
            BundleLocalization localization = context.getService(reference);
            return localization == null ? null : localization.getLocalization(bundle, locale.toString());
        } finally {
            context.ungetService(reference);
        }
    }
}
