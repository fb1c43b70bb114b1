// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;

import dev.cartograph.service.internal.Messages;

/** Every text ships in English and French, in pure ASCII property files. */
class TranslationTest {

    private static final Pattern KEY_REFERENCE = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
            "dev.cartograph.service,           plugin",
            "dev.cartograph.service,           dev/cartograph/service/internal/messages",
            "dev.cartograph.scoring.criteria,  plugin",
            "dev.cartograph.example.criterion, plugin",
            "dev.cartograph.example.criterion, dev/cartograph/example/criterion/messages"})
    void frenchHasExactlyTheEnglishKeysAndNoEmptyText(String bundle, String base) throws IOException {
        Properties english = load(bundle, base + ".properties");
        Properties french = load(bundle, base + "_fr.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
        for (String key : french.stringPropertyNames()) {
            assertFalse(english.getProperty(key).isBlank(), key);
            assertFalse(french.getProperty(key).isBlank(), key);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev.cartograph.service", "dev.cartograph.scoring.criteria",
            "dev.cartograph.example.criterion" })
    void everyKeyThePluginXmlNamesIsTranslated(String bundle) throws IOException {
        String pluginXml = text(bundle, "plugin.xml");
        Properties english = load(bundle, "plugin.properties");
        Properties french = load(bundle, "plugin_fr.properties");
        Set<String> referenced = new TreeSet<>();
        Matcher matcher = KEY_REFERENCE.matcher(pluginXml);
        while (matcher.find()) {
            referenced.add(matcher.group(1));
        }
        assertFalse(referenced.isEmpty());
        for (String key : referenced) {
            assertNotNull(english.getProperty(key), key);
            assertNotNull(french.getProperty(key), key);
        }
    }

    @ParameterizedTest(name = "messages{0}.properties")
    @ValueSource(strings = { "", "_fr" })
    void everyServiceMessageHasAText(String suffix) throws IOException {
        Properties messages = load("dev.cartograph.service", "dev/cartograph/service/internal/messages" + suffix
                + ".properties");
        for (Field field : Messages.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertNotNull(messages.getProperty(field.getName()), field.getName());
            }
        }
    }

    private static Properties load(String bundle, String path) throws IOException {
        String text = text(bundle, path);
        assertTrue(text.chars().allMatch(c -> c < 128), path + " of " + bundle + " is not pure ASCII");
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    private static String text(String bundleId, String path) throws IOException {
        Bundle bundle = Platform.getBundle(bundleId);
        assertNotNull(bundle, bundleId);
        URL entry = bundle.getEntry(path);
        assertNotNull(entry, path + " of " + bundleId);
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
