// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Choosing in a list by typing, as in every list of the desktop: the keys typed in quick
 * succession form a text, and the list's line chosen is the first whose number is that text
 * ("4" chooses "4 – Strong", "10" chooses the tenth level, not the first), else the first whose
 * label, after its number, starts with it ("st" chooses "4 – Strong"), else the first whose whole
 * text starts with it. Case and accents are ignored. A pause of more than a second starts a new
 * text; a key that extends the text to something that matches nothing starts a new text with
 * that key alone.
 * <p>
 * Used by every in-place list of the product (criterion levels, waves, enumerations), so that
 * the line shown is the line typed, and Enter stores exactly what is shown.
 */
public final class TypeAhead {

    /** How long a pause between two keys starts a new text, in milliseconds. */
    public static final long PAUSE_MILLIS = 1000;

    private final StringBuilder typed = new StringBuilder();
    private long lastKey = Long.MIN_VALUE;

    /**
     * Takes one typed key.
     *
     * @param key the character typed
     * @param millis when, in milliseconds on any steady clock
     * @param lines the list's lines, in order
     * @return the index of the line to choose, or {@code -1} if none matches
     */
    public int type(char key, long millis, List<String> lines) {
        if (lastKey == Long.MIN_VALUE || millis - lastKey > PAUSE_MILLIS || millis < lastKey) {
            typed.setLength(0);
        }
        lastKey = millis;
        typed.append(key);
        int index = find(lines, typed.toString());
        if (index < 0 && typed.length() > 1) {
            typed.setLength(0);
            typed.append(key);
            index = find(lines, typed.toString());
        }
        return index;
    }

    /** @return the text typed so far */
    public String typed() {
        return typed.toString();
    }

    /**
     * @param key a key event's character
     * @param stateMask the key event's modifiers
     * @return whether the key types text (a letter, digit or sign, without Ctrl, Alt or Command)
     */
    public static boolean isTyping(char key, int stateMask) {
        final int commandKeys = org.eclipse.swt.SWT.CTRL | org.eclipse.swt.SWT.ALT | org.eclipse.swt.SWT.COMMAND;
        return (stateMask & commandKeys) == 0 && key >= ' ' && !Character.isISOControl(key);
    }

    /**
     * @param lines the list's lines, in order
     * @param text what was typed
     * @return the index of the first line the text chooses (by number, then label, then whole
     *         text), or {@code -1}
     */
    public static int find(List<String> lines, String text) {
        String wanted = normal(text);
        if (wanted.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (wanted.equals(leadingNumber(normal(lines.get(i))))) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = normal(lines.get(i));
            if (afterNumber(line).startsWith(wanted)) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (normal(lines.get(i)).startsWith(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String leadingNumber(String line) {
        int end = 0;
        while (end < line.length() && (Character.isDigit(line.charAt(end))
                || (end > 0 && (line.charAt(end) == '.' || line.charAt(end) == ',')
                        && end + 1 < line.length() && Character.isDigit(line.charAt(end + 1))))) {
            end++;
        }
        return line.substring(0, end);
    }

    /** @return the line after its leading number and the separator that follows ("4 – Strong": "strong") */
    private static String afterNumber(String line) {
        String number = leadingNumber(line);
        if (number.isEmpty()) {
            return line;
        }
        int start = number.length();
        while (start < line.length() && !Character.isLetterOrDigit(line.charAt(start))) {
            start++;
        }
        return line.substring(start);
    }

    private static String normal(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
