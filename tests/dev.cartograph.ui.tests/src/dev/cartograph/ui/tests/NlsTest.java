// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import dev.cartograph.ui.internal.Messages;

/**
 * French: every text of the user interface exists in French (so that {@code -nl fr} shows the
 * whole workbench in French), and the French texts read as they should.
 */
class NlsTest {

    private static Properties entry(String bundle, String path) throws IOException {
        Bundle osgi = Platform.getBundle(bundle);
        assertNotNull(osgi, bundle);
        URL url = osgi.getEntry(path);
        assertNotNull(url, bundle + "/" + path);
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @CsvSource({ "dev.cartograph.ui, messages", "dev.cartograph.ui, plugin", "dev.cartograph.model.edit, plugin",
            "dev.cartograph.rcp, plugin" })
    void everyTextHasAFrenchTranslation(String bundle, String base) throws IOException {
        boolean code = base.equals("messages");
        Properties english = code ? messages("") : entry(bundle, base + ".properties");
        Properties french = code ? messages("_fr") : entry(bundle, base + "_fr.properties");
        assertFalse(english.isEmpty());
        Set<String> missing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String text = french.getProperty(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), bundle + " lacks French for " + missing);
    }

    /** The texts of the user interface's code (read by its NLS class), in English or in French. */
    private static Properties messages(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages" + suffix + ".properties")) {
            assertNotNull(in, "messages" + suffix + ".properties");
            properties.load(in);
        }
        return properties;
    }

    @Test
    void theFrenchEditorSpeaksFrench() throws IOException {
        Properties french = messages("_fr");
        assertEquals("Mod\u00e8le", french.getProperty("ModelTreePage_title"));
        assertEquals("Vue d'ensemble", french.getProperty("OverviewPage_title"));
        assertEquals("Crit\u00e8res et poids", french.getProperty("CriteriaPage_title"));
        assertFalse(messages("").getProperty("OverviewPage_title").equals(french.getProperty("OverviewPage_title")));
    }

    @Test
    void theFrenchModelLabelsSayWhatHappensAfterTheJourney() throws IOException {
        Properties french = entry("dev.cartograph.model.edit", "plugin_fr.properties");
        assertEquals("Apr\u00e8s le parcours (d\u00e9part)", french.getProperty("_UI_StageKind_postJourney_literal"));
        assertEquals("Cas d'usage", french.getProperty("_UI_UseCase_type"));
    }

    @Test
    void frenchTextsWithValuesKeepTheirApostrophes() throws IOException {
        Properties french = entry("dev.cartograph.model.edit", "plugin_fr.properties");
        // EMF formats texts that take values with MessageFormat, where an apostrophe is written twice.
        String tooltip = MessageFormat.format(french.getProperty("_UI_CreateChild_tooltip"), "KPI", "Indicateurs");
        assertEquals("Cr\u00e9er un \u00e9l\u00e9ment KPI dans Indicateurs de l'\u00e9l\u00e9ment s\u00e9lectionn\u00e9",
                tooltip);
        for (String key : french.stringPropertyNames()) {
            String text = french.getProperty(key);
            if (text.contains("{0}")) {
                assertFalse(text.replace("''", "").contains("'"), key + " has a single apostrophe: " + text);
            }
        }
    }
}
