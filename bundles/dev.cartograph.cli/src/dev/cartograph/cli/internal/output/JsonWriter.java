// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer (RFC 8259), indented by two spaces. Strings are escaped:
 * quotes, backslashes, every control character, the line and paragraph separators
 * (U+2028, U+2029, so that the text is also valid JavaScript) and unpaired surrogates, which
 * cannot be encoded in UTF-8, are written as escapes. Numbers that are not finite are written
 * as {@code null}. The writer checks that names and values alternate in objects.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray(); //$NON-NLS-1$

    private enum Scope {
        ARRAY, OBJECT_NAME, OBJECT_VALUE
    }

    private final StringBuilder out;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean started;

    /**
     * @param out where to write
     */
    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    /** @return this writer, after starting an object */
    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        scopes.push(Scope.OBJECT_NAME);
        empty.push(Boolean.TRUE);
        return this;
    }

    /** @return this writer, after ending the current object */
    public JsonWriter endObject() {
        if (scopes.peek() != Scope.OBJECT_NAME) {
            throw new IllegalStateException("not in an object, or a name without value"); //$NON-NLS-1$
        }
        return close('}');
    }

    /** @return this writer, after starting an array */
    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        scopes.push(Scope.ARRAY);
        empty.push(Boolean.TRUE);
        return this;
    }

    /** @return this writer, after ending the current array */
    public JsonWriter endArray() {
        if (scopes.peek() != Scope.ARRAY) {
            throw new IllegalStateException("not in an array"); //$NON-NLS-1$
        }
        return close(']');
    }

    /**
     * @param name the name of the next member of the current object
     * @return this writer
     */
    public JsonWriter name(String name) {
        if (scopes.peek() != Scope.OBJECT_NAME) {
            throw new IllegalStateException("a name outside an object, or two names in a row"); //$NON-NLS-1$
        }
        separate();
        string(name);
        out.append(": "); //$NON-NLS-1$
        scopes.pop();
        scopes.push(Scope.OBJECT_VALUE);
        return this;
    }

    /**
     * @param value a string, or {@code null}
     * @return this writer
     */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(value);
        return this;
    }

    /**
     * @param value a number; not finite is written as {@code null}
     * @return this writer
     */
    public JsonWriter value(double value) {
        if (!Double.isFinite(value)) {
            return nullValue();
        }
        beforeValue();
        out.append(Values.machineNumber(value));
        return this;
    }

    /**
     * @param value a whole number
     * @return this writer
     */
    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /**
     * @param value a boolean
     * @return this writer
     */
    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** @return this writer, after writing {@code null} */
    public JsonWriter nullValue() {
        beforeValue();
        out.append("null"); //$NON-NLS-1$
        return this;
    }

    /**
     * Finishes the text with a line end.
     *
     * @throws IllegalStateException if an object or array is still open
     */
    public void finish() {
        if (!scopes.isEmpty() || !started) {
            throw new IllegalStateException("incomplete JSON document"); //$NON-NLS-1$
        }
        out.append('\n');
    }

    private JsonWriter close(char bracket) {
        scopes.pop();
        boolean wasEmpty = empty.pop();
        if (!wasEmpty) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        Scope scope = scopes.peek();
        if (scope == null) {
            if (started) {
                throw new IllegalStateException("a JSON text has one top-level value"); //$NON-NLS-1$
            }
            started = true;
            return;
        }
        switch (scope) {
        case ARRAY -> separate();
        case OBJECT_VALUE -> {
            scopes.pop();
            scopes.push(Scope.OBJECT_NAME);
        }
        case OBJECT_NAME -> throw new IllegalStateException("a value in an object needs a name"); //$NON-NLS-1$
        }
    }

    private void separate() {
        if (empty.peek()) {
            empty.pop();
            empty.push(Boolean.FALSE);
        } else {
            out.append(',');
        }
        newline();
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(scopes.size())); //$NON-NLS-1$
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '"' -> out.append("\\\""); //$NON-NLS-1$
            case '\\' -> out.append("\\\\"); //$NON-NLS-1$
            case '\n' -> out.append("\\n"); //$NON-NLS-1$
            case '\r' -> out.append("\\r"); //$NON-NLS-1$
            case '\t' -> out.append("\\t"); //$NON-NLS-1$
            case '\b' -> out.append("\\b"); //$NON-NLS-1$
            case '\f' -> out.append("\\f"); //$NON-NLS-1$
            default -> {
                if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || unpaired(value, i)) {
                    unicodeEscape(c);
                } else {
                    out.append(c);
                }
            }
            }
        }
        out.append('"');
    }

    private static boolean unpaired(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }

    private void unicodeEscape(char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]) //$NON-NLS-1$
                .append(HEX[c & 0xf]);
    }
}
