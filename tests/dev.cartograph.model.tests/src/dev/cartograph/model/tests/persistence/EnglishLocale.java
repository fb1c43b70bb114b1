// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs each test with English as the default locale, so that messages can be compared with English text. */
public final class EnglishLocale implements BeforeEachCallback, AfterEachCallback {

    private Locale previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(previous);
    }
}
