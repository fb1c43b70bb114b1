// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.Commands;
import dev.cartograph.cli.internal.Messages;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.bench.Measure;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;

/** Every text exists in English and French, with the same placeholders, in pure ASCII files. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertTrue(b >= 0, name + " must be ASCII (write \\uXXXX escapes)");
            }
            properties.load(new ByteArrayInputStream(bytes));
        }
        return properties;
    }

    @Test
    void frenchHasEveryKeyAndTheSamePlaceholders() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            int expected = new MessageFormat(english.getProperty(key), Locale.ENGLISH).getFormatsByArgumentIndex().length;
            int actual = new MessageFormat(french.getProperty(key), Locale.FRENCH).getFormatsByArgumentIndex().length;
            assertEquals(expected, actual, key);
            assertFalse(french.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void everyKeyTheCodeBuildsExists() {
        Set<String> keys = new TreeSet<>();
        for (Command command : Commands.all()) {
            keys.add("Summary_" + command.name());
            keys.add("Syntax_" + command.name());
            keys.add("Description_" + command.name());
            keys.add("Exit_" + command.name());
            command.options().stream().map(OptionSpec::helpKey).forEach(keys::add);
        }
        for (Measure measure : Measure.values()) {
            keys.add("Measure_" + measure.name());
            if (measure.hasTarget()) {
                keys.add("Target_" + measure.name());
            }
        }
        for (Scope scope : Scope.VALUES) {
            keys.add("Scope_" + scope.getLiteral());
        }
        for (UseCaseStatus status : UseCaseStatus.VALUES) {
            keys.add("Status_" + status.getLiteral());
        }
        dev.cartograph.model.CartographPackage.eINSTANCE.getEClassifiers().stream()
                .filter(c -> c instanceof org.eclipse.emf.ecore.EClass e && !e.isAbstract())
                .forEach(c -> keys.add("Kind_" + c.getName()));
        for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.FRENCH }) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (String key : keys) {
                assertTrue(bundle.containsKey(key), locale + ": " + key);
            }
        }
    }

    @Test
    void aLocaleWithoutTranslationGetsEnglish() {
        assertEquals("Rank", Messages.get(Locale.GERMAN, "Column_rank"));
        assertEquals("Rang", Messages.get(Locale.CANADA_FRENCH, "Column_rank"));
    }
}
