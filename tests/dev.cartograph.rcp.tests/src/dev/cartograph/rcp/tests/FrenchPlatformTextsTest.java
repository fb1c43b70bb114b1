// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.localization.BundleLocalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The French texts Cartograph gives the Eclipse Platform's own menus, views and dialogs (the
 * {@code dev.cartograph.nl.fr.*} fragments) reach the platform in the product, and say the same
 * thing as the English they replace.
 */
class FrenchPlatformTextsTest {

    private static final String PLUGIN_FR = "plugin_fr.properties"; //$NON-NLS-1$

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)"); //$NON-NLS-1$

    /** Each fragment, its host, and the French files it puts at the host's paths. */
    static Stream<Arguments> fragments() {
        return Stream.of(
                Arguments.of("dev.cartograph.nl.fr.workbench", "org.eclipse.ui.workbench", //$NON-NLS-1$ //$NON-NLS-2$
                        List.of("org/eclipse/ui/internal/messages_fr.properties")), //$NON-NLS-1$
                Arguments.of("dev.cartograph.nl.fr.ide", "org.eclipse.ui.ide", //$NON-NLS-1$ //$NON-NLS-2$
                        List.of("org/eclipse/ui/internal/ide/messages_fr.properties", //$NON-NLS-1$
                                "org/eclipse/ui/views/markers/internal/messages_fr.properties", PLUGIN_FR)), //$NON-NLS-1$
                Arguments.of("dev.cartograph.nl.fr.ide.application", "org.eclipse.ui.ide.application", //$NON-NLS-1$ //$NON-NLS-2$
                        List.of(PLUGIN_FR)),
                Arguments.of("dev.cartograph.nl.fr.ui", "org.eclipse.ui", List.of(PLUGIN_FR)), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("dev.cartograph.nl.fr.views", "org.eclipse.ui.views", //$NON-NLS-1$ //$NON-NLS-2$
                        List.of("org/eclipse/ui/internal/views/contentoutline/messages_fr.properties", //$NON-NLS-1$
                                "org/eclipse/ui/internal/views/properties/messages_fr.properties", PLUGIN_FR)), //$NON-NLS-1$
                Arguments.of("dev.cartograph.nl.fr.views.properties.tabbed", "org.eclipse.ui.views.properties.tabbed", //$NON-NLS-1$ //$NON-NLS-2$
                        List.of("org/eclipse/ui/internal/views/properties/tabbed/l10n/TabbedPropertyMessages_fr.properties")), //$NON-NLS-1$
                Arguments.of("dev.cartograph.nl.fr.navigator.resources", "org.eclipse.ui.navigator.resources", //$NON-NLS-1$ //$NON-NLS-2$
                        List.of("org/eclipse/ui/internal/navigator/resources/plugin/messages_fr.properties", PLUGIN_FR)), //$NON-NLS-1$
                Arguments.of("dev.cartograph.nl.fr.jface", "org.eclipse.jface", //$NON-NLS-1$ //$NON-NLS-2$
                        List.of("org/eclipse/jface/messages_fr.properties"))); //$NON-NLS-1$
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fragments")
    void theFragmentIsAttachedToItsHost(String fragmentId, String hostId, List<String> files) {
        Bundle host = Platform.getBundle(hostId);
        assertNotNull(host, hostId + " is in the product"); //$NON-NLS-1$
        Bundle fragment = Platform.getBundle(fragmentId);
        assertNotNull(fragment, fragmentId + " is in the product (features/dev.cartograph.feature)"); //$NON-NLS-1$
        BundleWiring wiring = fragment.adapt(BundleWiring.class);
        assertNotNull(wiring, fragmentId + " is resolved"); //$NON-NLS-1$
        List<BundleWire> hosts = wiring.getRequiredWires(BundleRevision.HOST_NAMESPACE);
        assertEquals(1, hosts.size(), fragmentId + " is attached to one host"); //$NON-NLS-1$
        assertEquals(host, hosts.get(0).getProvider().getBundle());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fragments")
    void eachFrenchTextReplacesAnEnglishOneAndSaysTheSame(String fragmentId, String hostId, List<String> files)
            throws IOException {
        Bundle host = Platform.getBundle(hostId);
        assertNotNull(host, hostId);
        for (String path : files) {
            URL french = frenchEntry(host, path);
            URL englishEntry = host.getEntry(path.replace("_fr.properties", ".properties")); //$NON-NLS-1$ //$NON-NLS-2$
            assertNotNull(englishEntry, hostId + " has no " + path + " without _fr: the host changed"); //$NON-NLS-1$ //$NON-NLS-2$
            Properties english = load(englishEntry);
            Properties translated = load(french);
            assertFalse(translated.isEmpty(), path);
            assertAscii(french, fragmentId + '/' + path);
            for (String key : new TreeSet<>(translated.stringPropertyNames())) {
                String where = fragmentId + '/' + path + ": " + key; //$NON-NLS-1$
                String en = english.getProperty(key);
                assertNotNull(en, where + " is not a key of " + hostId + " (misspelt, or gone from the platform)"); //$NON-NLS-1$ //$NON-NLS-2$
                String fr = translated.getProperty(key);
                assertNotEquals(en, fr, where + " is not translated"); //$NON-NLS-1$
                assertEquals(placeholders(en), placeholders(fr), where + " has other {n} than the English"); //$NON-NLS-1$
                assertEquals(count(en, '&'), count(fr, '&'), where + " lost or doubled its mnemonic"); //$NON-NLS-1$
                assertEquals(count(en, '\t'), count(fr, '\t'), where + " lost its accelerator"); //$NON-NLS-1$
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fragments")
    void thePlatformReadsTheFrenchTexts(String fragmentId, String hostId, List<String> files) throws IOException {
        Bundle host = Platform.getBundle(hostId);
        assertNotNull(host, hostId);
        for (String path : files) {
            Properties translated = load(frenchEntry(host, path));
            if (PLUGIN_FR.equals(path)) {
                // What plugin.xml's %keys become for a French user: view titles, menus, commands.
                ResourceBundle bundle = localization().getLocalization(host, "fr"); //$NON-NLS-1$
                for (String key : translated.stringPropertyNames()) {
                    assertEquals(translated.getProperty(key), bundle.getString(key), hostId + ": %" + key); //$NON-NLS-1$
                }
            } else {
                // Where the host's NLS class looks for its French messages.
                URL seen = host.adapt(BundleWiring.class).getClassLoader().getResource(path);
                assertNotNull(seen, hostId + "'s class loader does not see " + path); //$NON-NLS-1$
                assertEquals(translated, load(seen), path);
            }
        }
    }

    private static URL frenchEntry(Bundle host, String path) {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "/" : path.substring(0, slash); //$NON-NLS-1$
        Enumeration<URL> entries = host.findEntries(folder, path.substring(slash + 1), false);
        List<URL> found = entries == null ? List.of() : Collections.list(entries);
        assertEquals(1, found.size(), host.getSymbolicName() + " finds " + path + " exactly once: " + found); //$NON-NLS-1$ //$NON-NLS-2$
        return found.get(0);
    }

    @org.junit.jupiter.api.Test
    void theEditMenuIsEditionWithItsAccent() throws IOException {
        URL french = org.eclipse.core.runtime.Platform.getBundle("dev.cartograph.nl.fr.ide") //$NON-NLS-1$
                .getEntry("org/eclipse/ui/internal/ide/messages_fr.properties"); //$NON-NLS-1$
        assertEquals("&\u00C9dition", load(french).getProperty("Workbench_edit")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Properties load(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static void assertAscii(URL url, String what) throws IOException {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertTrue(b >= 0, what + " is not ASCII (use \\uXXXX escapes)"); //$NON-NLS-1$
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static BundleLocalization localization() {
        BundleContext context = FrameworkUtil.getBundle(FrenchPlatformTextsTest.class).getBundleContext();
        ServiceReference<BundleLocalization> reference = context.getServiceReference(BundleLocalization.class);
        assertNotNull(reference, "Equinox's BundleLocalization service"); //$NON-NLS-1$
        return context.getService(reference);
    }
}
