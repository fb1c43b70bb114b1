// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259) for the tests: it rejects what a JSON parser must reject
 * (unescaped control characters, trailing commas, bare words), so that a test that parses the
 * command line's output also checks that it is valid JSON. Objects become maps (in order),
 * arrays lists, numbers doubles.
 */
final class Json {

    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    /**
     * @param text a JSON text
     * @return its value
     * @throws IllegalArgumentException if the text is not valid JSON
     */
    static Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value();
        json.blanks();
        if (json.position != text.length()) {
            throw json.error("trailing content");
        }
        return value;
    }

    /** @return the object of a JSON text */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        return (Map<String, Object>) parse(text);
    }

    /** @return the objects of an array member */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> object, String name) {
        return (List<Map<String, Object>>) object.get(name);
    }

    private Object value() {
        blanks();
        if (position >= text.length()) {
            throw error("value expected");
        }
        char c = text.charAt(position);
        return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> word("true", Boolean.TRUE);
        case 'f' -> word("false", Boolean.FALSE);
        case 'n' -> word("null", null);
        default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        position++;
        blanks();
        if (peek() == '}') {
            position++;
            return map;
        }
        while (true) {
            blanks();
            if (peek() != '"') {
                throw error("name expected");
            }
            String name = string();
            blanks();
            expect(':');
            if (map.containsKey(name)) {
                throw error("duplicate name " + name);
            }
            map.put(name, value());
            blanks();
            if (peek() == ',') {
                position++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        position++;
        blanks();
        if (peek() == ']') {
            position++;
            return list;
        }
        while (true) {
            list.add(value());
            blanks();
            if (peek() == ',') {
                position++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        position++;
        while (true) {
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("unescaped control character");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(position++);
            switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                position += 4;
            }
            default -> throw error("bad escape");
            }
        }
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("bad word");
        }
        position += word.length();
        return value;
    }

    private Double number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        digits();
        if (peek() == '.') {
            position++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            digits();
        }
        String number = text.substring(start, position);
        if (number.startsWith("0") && number.length() > 1 && Character.isDigit(number.charAt(1))
                || number.startsWith("-0") && number.length() > 2 && Character.isDigit(number.charAt(2))) {
            throw error("leading zero");
        }
        return Double.valueOf(number);
    }

    private void digits() {
        int start = position;
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw error("digit expected");
        }
    }

    private void blanks() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "' expected");
        }
        position++;
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at " + position);
    }
}
