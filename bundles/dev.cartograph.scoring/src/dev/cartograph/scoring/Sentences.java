// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

/**
 * Assembles messages from texts the user typed (a gate's reason, a rejection reason), so that
 * punctuation is never doubled: a reason "unacceptable risk." placed before ". Review the
 * decision" reads "unacceptable risk. Review the decision", not "risk.. Review".
 */
public final class Sentences {

    private Sentences() {
    }

    /**
     * @param text a text the user typed, possibly {@code null}, possibly a whole sentence
     * @return the text as a clause to place inside a sentence: trimmed, without a final full
     *         stop, comma, semicolon or colon (in French possibly after a space); an ellipsis,
     *         a question or an exclamation mark is kept; {@code ""} for {@code null}
     */
    public static String clause(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String clause = text.strip();
        while (!clause.isEmpty() && isClosing(clause.charAt(clause.length() - 1)) && !clause.endsWith("...")) { //$NON-NLS-1$
            clause = clause.substring(0, clause.length() - 1).strip();
        }
        return clause;
    }

    private static boolean isClosing(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':';
    }
}
