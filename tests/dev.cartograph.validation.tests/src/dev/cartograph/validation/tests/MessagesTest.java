// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationReport;
import dev.cartograph.validation.ValidationRule;
import dev.cartograph.validation.internal.Messages;

/** Every user-visible text exists in English and French, as pure ASCII, and formats. */
class MessagesTest {

    private static final String PATH = "/dev/cartograph/validation/internal/";
    /** A quote MessageFormat would swallow: a single one, not doubled. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Set<String> english = fileKeys("messages.properties");
        assertEquals(english, fileKeys("messages_fr.properties"));
        assertTrue(english.size() > 100);
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_fr.properties" })
    void propertiesFilesArePureAscii(String file) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(PATH + file)) {
            for (byte b : in.readAllBytes()) {
                assertTrue(b >= 0, file + " has a non-ASCII byte");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "fr" })
    void everyPatternFormatsAndKeepsItsQuotes(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = Messages.bundle(locale);
        for (String key : keys(locale)) {
            String pattern = bundle.getString(key);
            assertFalse(LONE_QUOTE.matcher(pattern).find(), key + " has a single quote: write it twice");
            MessageFormat format = new MessageFormat(pattern, locale);
            Object[] arguments = new Object[format.getFormatsByArgumentIndex().length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = format.getFormatsByArgumentIndex()[i] == null ? "x" : 2;
            }
            String text = format.format(arguments);
            assertFalse(text.isEmpty(), key);
            assertFalse(text.contains("{") || text.contains("}"), key + " has an unformatted argument: " + text);
        }
    }

    @Test
    void everyBuiltInRuleIsNamedAndDescribedInBothLanguages() {
        for (ValidationRule rule : BuiltInRules.all()) {
            for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.FRENCH }) {
                assertFalse(rule.label(locale).startsWith("!"), rule.id());
                assertTrue(rule.description(locale).length() > 40, rule.id());
            }
            assertNotEquals(rule.label(Locale.ENGLISH), rule.label(Locale.FRENCH), rule.id());
        }
    }

    @ParameterizedTest
    @EnumSource(FindingSeverity.class)
    void everySeverityIsNamedInBothLanguages(FindingSeverity severity) {
        assertFalse(severity.label(Locale.ENGLISH).startsWith("!"));
        assertFalse(severity.label(Locale.FRENCH).startsWith("!"));
        assertEquals(severity, FindingSeverity.parse(" " + severity.id().toUpperCase(Locale.ROOT) + " ").orElseThrow());
    }

    @Test
    void severities() {
        assertEquals("Avertissement", FindingSeverity.WARNING.label(Locale.FRENCH));
        assertTrue(FindingSeverity.parse("fatal").isEmpty());
        assertTrue(FindingSeverity.parse(null).isEmpty());
        assertTrue(FindingSeverity.ERROR.isAtLeast(FindingSeverity.WARNING));
        assertTrue(FindingSeverity.WARNING.isAtLeast(FindingSeverity.WARNING));
        assertFalse(FindingSeverity.INFO.isAtLeast(FindingSeverity.WARNING));
    }

    @Test
    void aLocaleWithoutTranslationGetsEnglish() {
        assertEquals("Use case not anchored",
                BuiltInRules.all().get(0).label(Locale.GERMAN));
    }

    @Test
    void findingsInFrench() {
        Fixture f = Fixture.clean();
        f.wave1.setCapacity(1);
        f.useCase("Routage des factures").on(f.receive).in(f.wave1);
        ValidationReport report = new PortfolioValidation(RuleRegistry.withBuiltInRules()).validate(f.portfolio,
                TestCriteria.engine(), ValidationOptions.defaults().withLocale(Locale.FRENCH));
        assertEquals("\u00ab\u00a0Wave 1\u00a0\u00bb planifie 2 cas d\u2019usage pour une capacit\u00e9 de 1\u00a0: "
                + "d\u00e9placez-en dans une vague ult\u00e9rieure, ou augmentez sa capacit\u00e9.",
                report.findings().get(0).message());
        assertEquals(Locale.FRENCH, report.locale());
    }

    private static Set<String> fileKeys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(PATH + file)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = Messages.bundle(locale);
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }
}
