// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every message of persistence exists in English and French, in files that are pure ASCII. */
class MessagesTest {

    private static final String FOLDER = "dev/cartograph/model/internal/persistence/";

    @Test
    void everyMessageIsTranslatedIntoFrench() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        assertTrue(english.size() > 30, "messages were found");
        assertEquals(english.keySet(), french.keySet());
    }

    @Test
    void messageFilesArePureAscii() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_fr.properties"}) {
            try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                for (byte b : in.readAllBytes()) {
                    assertTrue(b >= 0, name);
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            properties.load(in);
        }
        return properties;
    }
}
