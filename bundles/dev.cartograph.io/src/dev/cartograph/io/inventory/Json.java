// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON that mapping files need: objects (as ordered maps), arrays, strings, numbers, booleans and
 * null, read with the line and column of the first mistake, and written indented.
 */
final class Json {

    /** A text that is not JSON, with where it goes wrong. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        SyntaxException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) throws SyntaxException {
        Json json = new Json(text.startsWith("\uFEFF") ? text.substring(1) : text); //$NON-NLS-1$
        json.skipSpace();
        Object value = json.value();
        json.skipSpace();
        if (json.position < json.text.length()) {
            throw json.error("unexpected text after the value"); //$NON-NLS-1$
        }
        return value;
    }

    private Object value() throws SyntaxException {
        if (position >= text.length()) {
            throw error("unexpected end"); //$NON-NLS-1$
        }
        char c = text.charAt(position);
        switch (c) {
        case '{':
            return object();
        case '[':
            return array();
        case '"':
            return string();
        default:
            if (text.startsWith("true", position)) { //$NON-NLS-1$
                position += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", position)) { //$NON-NLS-1$
                position += 5;
                return Boolean.FALSE;
            }
            if (text.startsWith("null", position)) { //$NON-NLS-1$
                position += 4;
                return null;
            }
            return number();
        }
    }

    private Map<String, Object> object() throws SyntaxException {
        Map<String, Object> map = new LinkedHashMap<>();
        position++;
        skipSpace();
        if (peek('}')) {
            position++;
            return map;
        }
        while (true) {
            skipSpace();
            if (!peek('"')) {
                throw error("a name in quotes expected"); //$NON-NLS-1$
            }
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            map.put(name, value());
            skipSpace();
            if (peek(',')) {
                position++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array() throws SyntaxException {
        List<Object> list = new ArrayList<>();
        position++;
        skipSpace();
        if (peek(']')) {
            position++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            if (peek(',')) {
                position++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() throws SyntaxException {
        StringBuilder out = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                if (position >= text.length()) {
                    break;
                }
                char e = text.charAt(position++);
                switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw error("bad \\u escape"); //$NON-NLS-1$
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("bad \\u escape"); //$NON-NLS-1$
                    }
                    position += 4;
                }
                default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        throw error("unterminated string"); //$NON-NLS-1$
    }

    private Double number() throws SyntaxException {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) { //$NON-NLS-1$
            position++;
        }
        try {
            return Double.valueOf(text.substring(start, position));
        } catch (NumberFormatException e) {
            position = start;
            throw error("a value expected"); //$NON-NLS-1$
        }
    }

    private boolean peek(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private void expect(char c) throws SyntaxException {
        if (!peek(c)) {
            throw error("'" + c + "' expected"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        position++;
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private SyntaxException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SyntaxException(message, line, column);
    }

    /**
     * @param value maps, lists, strings, numbers, booleans and nulls
     * @return the value as indented JSON
     */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "\n"; //$NON-NLS-1$
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append("  ".repeat(depth + 1)); //$NON-NLS-1$
                quote(out, String.valueOf(entry.getKey()));
                out.append(": "); //$NON-NLS-1$
                write(out, entry.getValue(), depth + 1);
                separator = ",\n"; //$NON-NLS-1$
            }
            out.append(map.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append('}'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (value instanceof List<?> list) {
            boolean simple = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            out.append('[');
            String separator = simple ? "" : "\n"; //$NON-NLS-1$ //$NON-NLS-2$
            for (Object item : list) {
                out.append(separator);
                if (!simple) {
                    out.append("  ".repeat(depth + 1)); //$NON-NLS-1$
                }
                write(out, item, depth + 1);
                separator = simple ? ", " : ",\n"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append(simple || list.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append(']'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (value instanceof String s) {
            quote(out, s);
        } else if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append(d.longValue());
        } else {
            out.append(value);
        }
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '"' -> out.append("\\\""); //$NON-NLS-1$
            case '\\' -> out.append("\\\\"); //$NON-NLS-1$
            case '\n' -> out.append("\\n"); //$NON-NLS-1$
            case '\r' -> out.append("\\r"); //$NON-NLS-1$
            case '\t' -> out.append("\\t"); //$NON-NLS-1$
            default -> {
                if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                } else {
                    out.append(c);
                }
            }
            }
        }
        out.append('"');
    }
}
