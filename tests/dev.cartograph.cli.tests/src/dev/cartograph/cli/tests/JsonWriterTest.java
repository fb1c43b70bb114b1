// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.cli.internal.output.JsonWriter;

/** The JSON writer: valid JSON whatever the text of a model holds, numbers as JSON numbers. */
class JsonWriterTest {

    private static String string(String value) {
        StringBuilder out = new StringBuilder();
        JsonWriter json = new JsonWriter(out);
        json.value(value);
        json.finish();
        return out.toString().strip();
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"say \\\"hi\\\" \\\\ there\"", string("say \"hi\" \\ there"));
        assertEquals("\"a\\nb\\rc\\td\\be\\ff\"", string("a\nb\rc\td\be\ff"));
        assertEquals("\"\\u0000\\u0001\\u001b[31m\\u001f\\u007f\"", string("\u0000\u0001\u001b[31m\u001f\u007f"));
    }

    @Test
    void escapesTheLineSeparatorsThatJavaScriptRejects() {
        assertEquals("\"a\\u2028b\\u2029c\"", string("a\u2028b\u2029c"));
    }

    @Test
    void keepsOtherUnicodeAndEscapesUnpairedSurrogates() {
        assertEquals("\"Caf\u00e9 \u00ab\u00a0\ud83d\ude80\u00a0\u00bb\"", string("Caf\u00e9 \u00ab\u00a0\ud83d\ude80\u00a0\u00bb"));
        assertEquals("\"\\ud83d and \\ude80\"", string("\ud83d and \ude80"));
        assertEquals("\"/</script>\"", string("/</script>"));
    }

    @ParameterizedTest
    @CsvSource({ "3.0, 3", "-0.0, 0", "66.66666666666667, 66.66666666666667", "1.0E-7, 0.0000001",
        "1.5E10, 15000000000", "12.5, 12.5" })
    void writesNumbersInPlainDecimal(double value, String expected) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).value(value).finish();
        assertEquals(expected, out.toString().strip());
    }

    @Test
    void writesNumbersThatAreNotFiniteAsNull() {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).beginArray().value(Double.NaN).value(Double.POSITIVE_INFINITY).value(2L).endArray().finish();
        assertEquals(Arrays.asList(null, null, 2.0), Json.parse(out.toString()));
    }

    @Test
    void nestsAndIndents() {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).beginObject().name("a").beginArray().endArray().name("b").beginObject().name("c")
                .value(true).endObject().name("d").nullValue().endObject().finish();

        assertEquals("{\n  \"a\": [],\n  \"b\": {\n    \"c\": true\n  },\n  \"d\": null\n}\n", out.toString());
        assertEquals(Map.of("a", List.of(), "b", Map.of("c", true)), without(Json.object(out.toString()), "d"));
    }

    @Test
    void refusesWhatWouldNotBeJson() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder()).beginObject().value("x"));
        assertThrows(IllegalStateException.class,
                () -> new JsonWriter(new StringBuilder()).beginObject().name("a").name("b"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder()).beginArray().endObject());
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder()).value(1L).value(2L));
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder()).beginArray().finish());
    }

    private static Map<String, Object> without(Map<String, Object> map, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }
}
