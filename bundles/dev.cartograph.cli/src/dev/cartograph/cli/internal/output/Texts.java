// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text from a model safe to print for people: a file may hold line breaks, terminal
 * escape sequences or bidirectional overrides in a name, which must not reach a terminal or
 * break a table.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * Replaces control characters (line breaks, tabs, escapes) with spaces and drops
     * bidirectional embedding, override and isolate characters.
     *
     * @param text any text, may be {@code null}
     * @return the text on one line, empty for {@code null}
     */
    public static String oneLine(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder result = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c);
            boolean bidi = c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
            if (control || bidi) {
                if (result == null) {
                    result = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (control) {
                    result.append(' ');
                }
            } else if (result != null) {
                result.append(c);
            }
        }
        return result == null ? text : result.toString();
    }

    /**
     * @param text a text
     * @return its width in a terminal, counted in code points
     */
    public static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Wraps a one-line text into lines of at most {@code width} code points: at spaces where it
     * can, within a word longer than a line otherwise.
     *
     * @param text a text on one line
     * @param width the width of a line, at least 1
     * @return its lines, at least one
     */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (width(rest) > width) {
            int limit = rest.offsetByCodePoints(0, width);
            int space = rest.lastIndexOf(' ', limit);
            if (space > 0) {
                lines.add(rest.substring(0, space).stripTrailing());
                rest = rest.substring(space + 1).stripLeading();
            } else {
                lines.add(rest.substring(0, limit));
                rest = rest.substring(limit);
            }
        }
        lines.add(rest);
        return lines;
    }
}
