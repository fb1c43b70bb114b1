// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.ValidationRule;

/** RULES.md, shipped in the bundle, documents every built-in rule with its default severity. */
class RulesDocumentationTest {

    @Test
    void everyBuiltInRuleHasARowWithItsDefaultSeverity() throws IOException {
        String doc;
        try (InputStream in = RulesDocumentationTest.class.getResourceAsStream("/RULES.md")) {
            assertNotNull(in, "RULES.md is not in the bundle");
            doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (ValidationRule rule : BuiltInRules.all()) {
            String start = "| `" + rule.id() + "` | ";
            int row = doc.indexOf(start);
            assertTrue(row >= 0, rule.id() + " has no row");
            String severity = doc.substring(row + start.length(), doc.indexOf('|', row + start.length()));
            assertTrue(severity.toLowerCase(Locale.ROOT).contains(rule.defaultSeverity().id()),
                    rule.id() + ": " + severity);
        }
    }
}
