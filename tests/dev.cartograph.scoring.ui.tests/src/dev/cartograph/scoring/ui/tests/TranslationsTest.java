// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;

import dev.cartograph.scoring.ui.internal.Messages;

/** Every text of the views and of validation exists in English and in French, with the same placeholders. */
class TranslationsTest {

    /** Words French writes as English does (the brand, "impact", "quadrant", ...). */
    private static final Set<String> SAME_IN_FRENCH = Set.of("Aggregation_maximum", "Aggregation_minimum", //$NON-NLS-1$ //$NON-NLS-2$
            "Column_impact", "Column_quadrant", "Matrix_impact", "Rank_partialMark", "Coverage_value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "providerName", "viewCategory", "markerCategory", "commandCategory", "toolbarLabel"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}"); //$NON-NLS-1$

    @ParameterizedTest
    @ValueSource(strings = { "src:dev/cartograph/scoring/ui/internal/messages", "plugin" })
    void frenchHasEveryKeyWithTheSamePlaceholders(String base) throws IOException {
        Properties english = load(base + ".properties"); //$NON-NLS-1$
        Properties french = load(base + "_fr.properties"); //$NON-NLS-1$
        assertEquals(english.stringPropertyNames(), french.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String fr = french.getProperty(key);
            assertFalse(en.isBlank(), key);
            assertFalse(fr.isBlank(), key);
            assertEquals(placeholders(en), placeholders(fr), key);
            assertEquals(SAME_IN_FRENCH.contains(key), en.equals(fr), key + " is translated: " + fr);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "src:dev/cartograph/scoring/ui/internal/messages.properties",
            "src:dev/cartograph/scoring/ui/internal/messages_fr.properties", "plugin.properties", "plugin_fr.properties" })
    void propertiesFilesArePureAscii(String path) throws IOException {
        try (InputStream in = open(path)) {
            for (byte b : in.readAllBytes()) {
                assertTrue(b >= 0, path + " has a non-ASCII byte");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "Column_rank=Rang", "Column_standing=Situation", "Scope_external=Externe",
            "Matrix_legendGated=Retenu par un seuil bloquant", "Group_notScored=Notation incompl\u00E8te" })
    void theFrenchBundleReadsInFrench(String pair) {
        String[] keyAndText = pair.split("="); //$NON-NLS-1$
        ResourceBundle french = ResourceBundle.getBundle("dev.cartograph.scoring.ui.internal.messages", Locale.FRENCH, //$NON-NLS-1$
                Messages.class.getClassLoader());
        assertEquals(keyAndText[1], french.getString(keyAndText[0]));
    }

    /** The typographic apostrophe survives NLS binding, which would swallow a plain one. */
    @ParameterizedTest
    @ValueSource(strings = { "Matrix_description", "Matrix_hidden" })
    void frenchMessagesBindTheirArguments(String key) {
        ResourceBundle french = ResourceBundle.getBundle("dev.cartograph.scoring.ui.internal.messages", Locale.FRENCH, //$NON-NLS-1$
                Messages.class.getClassLoader());
        String bound = NLS.bind(french.getString(key), 3, 10);
        assertTrue(bound.contains("cas d\u2019usage"), bound); //$NON-NLS-1$
        assertTrue(bound.startsWith("3 "), bound); //$NON-NLS-1$
        assertNotEquals(NLS.bind(ResourceBundle.getBundle("dev.cartograph.scoring.ui.internal.messages", Locale.ROOT, //$NON-NLS-1$
                Messages.class.getClassLoader()).getString(key), 3, 10), bound);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = open(path)) {
            properties.load(in);
        }
        return properties;
    }

    /** "src:" paths are read from the bundle's class path, others from the bundle's root. */
    private static InputStream open(String path) throws IOException {
        if (path.startsWith("src:")) { //$NON-NLS-1$
            InputStream in = Messages.class.getClassLoader().getResourceAsStream(path.substring(4));
            if (in == null) {
                throw new IOException("missing " + path); //$NON-NLS-1$
            }
            return in;
        }
        URL entry = FrameworkUtil.getBundle(Messages.class).getEntry(path);
        if (entry == null) {
            throw new IOException("missing " + path); //$NON-NLS-1$
        }
        return entry.openStream();
    }
}
