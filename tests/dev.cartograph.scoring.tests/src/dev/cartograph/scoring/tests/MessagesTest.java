// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.internal.Messages;
import dev.cartograph.scoring.roadmap.PlanTier;

/** Every user-visible text exists in English and French, as pure ASCII, and formats. */
class MessagesTest {

    private static final String PATH = "/dev/cartograph/scoring/internal/";

    @Test
    void englishAndFrenchHaveTheSameKeys() {
        Set<String> english = keys(Locale.ENGLISH);
        Set<String> french = keys(Locale.FRENCH);
        assertEquals(english, french);
        assertTrue(english.size() > 50);
    }

    @Test
    void aLocaleWithoutTranslationGetsEnglish() {
        assertEquals("Quick win", Messages.format(Locale.GERMAN, "Quadrant_quickWin"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_fr.properties" })
    void propertiesFilesArePureAscii(String file) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(PATH + file)) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertTrue(b >= 0, file + " has a non-ASCII byte");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "fr" })
    void everyPatternFormats(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = Messages.bundle(locale);
        for (String key : keys(locale)) {
            MessageFormat format = new MessageFormat(bundle.getString(key), locale);
            Object[] arguments = new Object[format.getFormatsByArgumentIndex().length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = format.getFormatsByArgumentIndex()[i] == null ? "x" : 1.5;
            }
            String text = format.format(arguments);
            assertFalse(text.isBlank(), key);
            assertFalse(text.contains("{"), key + " has an unformatted argument: " + text);
        }
    }

    @ParameterizedTest
    @EnumSource(Standing.class)
    void everyStandingIsNamedInBothLanguages(Standing standing) {
        assertNotEquals(standing.label(Locale.ENGLISH), standing.label(Locale.FRENCH));
        assertFalse(standing.label(Locale.ENGLISH).startsWith("!"));
    }

    @ParameterizedTest
    @EnumSource(ScoreFlag.class)
    void everyFlagIsNamedInBothLanguages(ScoreFlag flag) {
        assertNotEquals(flag.label(Locale.ENGLISH), flag.label(Locale.FRENCH));
        assertFalse(flag.label(Locale.FRENCH).startsWith("!"));
    }

    @Test
    void namesInFrench() {
        assertEquals("Contest\u00e9", ScoreFlag.DISPUTED.label(Locale.FRENCH));
        assertEquals("Pas pr\u00eat", Standing.NOT_READY.label(Locale.FRENCH));
        assertEquals("gain rapide interne", PlanTier.INTERNAL_QUICK_WIN.label(Locale.FRENCH));
        assertEquals("gain rapide interne, global 78",
                Messages.format(Locale.FRENCH, "Roadmap_reasonTier", PlanTier.INTERNAL_QUICK_WIN.label(Locale.FRENCH), 78.2));
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = Messages.bundle(locale);
        Set<String> keys = new TreeSet<>(Collections.list(bundle.getKeys()));
        assertEquals(locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ROOT, bundle.getLocale());
        return keys;
    }
}
