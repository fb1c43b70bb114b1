// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.Locale;

import dev.cartograph.scoring.internal.Messages;

/** A warning attached to one use case's value on one criterion. */
public enum ScoreFlag {
    /** Assessors disagree: the spread of their values exceeds the disagreement threshold. */
    DISPUTED("ScoreFlag_disputed"), //$NON-NLS-1$
    /** Every assessor gave the value with low confidence. */
    LOW_CONFIDENCE("ScoreFlag_lowConfidence"), //$NON-NLS-1$
    /** At least one assessor value is outside the criterion's scale (or not a number) and was ignored. */
    OUT_OF_SCALE("ScoreFlag_outOfScale"), //$NON-NLS-1$
    /** The criterion's computed value failed (see the use case's failures). */
    COMPUTE_FAILED("ScoreFlag_computeFailed"); //$NON-NLS-1$

    private final String key;

    ScoreFlag(String key) {
        this.key = key;
    }

    /** @return the localised name, in the default locale */
    public String label() {
        return Messages.get(key);
    }

    /**
     * @param locale the locale
     * @return the localised name
     */
    public String label(Locale locale) {
        return Messages.format(locale, key);
    }
}
