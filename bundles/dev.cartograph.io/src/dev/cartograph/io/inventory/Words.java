// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises header words and cell values for matching: lower case, no accents, words split on anything else. */
final class Words {

    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])"); //$NON-NLS-1$
    private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+"); //$NON-NLS-1$

    private Words() {
    }

    /**
     * @param text any text
     * @return the text in lower case without accents, camel case split, every run of other characters one space
     */
    static String normalise(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String split = CAMEL.matcher(text.strip()).replaceAll("$1 $2"); //$NON-NLS-1$
        String plain = MARKS.matcher(Normalizer.normalize(split, Normalizer.Form.NFD)).replaceAll(""); //$NON-NLS-1$
        return OTHERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip(); //$NON-NLS-1$
    }

    /**
     * @param a a normalised text
     * @param b another
     * @return the Levenshtein distance of the two
     */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
