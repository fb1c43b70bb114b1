// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

/**
 * A model text as a page shows it: control characters removed (so the page stays well-formed
 * XHTML), cut at a budget of characters on a word boundary with a visible ellipsis.
 *
 * @param text what to print
 * @param cut whether the text was shortened
 */
public record Text(String text, boolean cut) {

    /**
     * @param raw a model text, may be {@code null}
     * @param budget the most characters to keep
     * @return the printable text
     */
    public static Text of(String raw, int budget) {
        String clean = clean(raw);
        if (clean.length() <= budget) {
            return new Text(clean, false);
        }
        int end = clean.lastIndexOf(' ', budget);
        if (end < budget * 2 / 3) {
            end = budget;
        }
        return new Text(clean.substring(0, end).strip() + "\u2026", true); //$NON-NLS-1$
    }

    /**
     * @param raw a model text, may be {@code null}
     * @return it without control characters (line breaks become spaces), stripped; empty for {@code null}
     */
    public static String clean(String raw) {
        if (raw == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && c != 0xFFFE && c != 0xFFFF
                    && Character.getType(c) != Character.SURROGATE) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return whether there is nothing to print */
    public boolean isEmpty() {
        return text.isEmpty();
    }
}
