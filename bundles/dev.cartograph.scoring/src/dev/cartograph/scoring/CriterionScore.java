// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.Set;

/**
 * One use case's value on one enabled criterion.
 *
 * @param criterion the criterion
 * @param weight the effective weight (the portfolio's, or the criterion's default)
 * @param source where the value comes from
 * @param value the value on the criterion's own scale; {@code NaN} when missing
 * @param normalised the value on 0-100, oriented so that higher is better (a cost is
 *        inverted); {@code NaN} when missing
 * @param spread the assessors' spread (max - min) in points of the 0-100 scale; 0 for a
 *        single assessor or a computed or missing value
 * @param assessments how many valid assessor scores were aggregated
 * @param flags the warnings on this value
 */
public record CriterionScore(Criterion criterion, double weight, ValueSource source, double value,
        double normalised, double spread, int assessments, Set<ScoreFlag> flags) {

    /** Copies the flags. */
    public CriterionScore {
        flags = Set.copyOf(flags);
    }

    /** @return the criterion's id */
    public String criterionId() {
        return criterion.id();
    }

    /** @return whether there is a value (assessed or computed) */
    public boolean isPresent() {
        return source != ValueSource.MISSING;
    }
}
