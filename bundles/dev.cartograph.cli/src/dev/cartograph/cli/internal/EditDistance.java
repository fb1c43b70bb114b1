// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.Locale;

/**
 * How many typing mistakes separate two words: letters inserted, deleted, replaced, or two
 * neighbours swapped (the optimal string alignment distance), ignoring case. {@code valdiate} is
 * one mistake away from {@code validate}.
 */
final class EditDistance {

    private EditDistance() {
    }

    /**
     * @param typed what was typed
     * @param word a known word
     * @return the number of mistakes, 0 when the words are the same but for case
     */
    static int between(String typed, String word) {
        String a = typed.toLowerCase(Locale.ROOT);
        String b = word.toLowerCase(Locale.ROOT);
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
