// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Compares names the way a reader does: ignoring case, accents, punctuation and spacing. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+"); //$NON-NLS-1$

    private Names() {
    }

    /**
     * @param name a name, possibly {@code null}
     * @return the name in lower case, without accents, with every run of other characters than
     *         letters and digits replaced by one space and trimmed; empty for {@code null}
     */
    public static String normalise(String name) {
        if (name == null) {
            return ""; //$NON-NLS-1$
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll(""); //$NON-NLS-1$
        return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim(); //$NON-NLS-1$
    }
}
