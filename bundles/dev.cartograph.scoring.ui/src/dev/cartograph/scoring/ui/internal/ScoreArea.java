// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal;

import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;

/**
 * A rectangle of the impact x feasibility plane: a cell of the matrix's density view, to which
 * the ranking can be filtered. Lower bounds are inclusive, upper bounds exclusive except at 100
 * (the highest score), so that the cells of one grid share no use case.
 *
 * @param minFeasibility lowest feasibility (inclusive)
 * @param maxFeasibility highest feasibility (exclusive, inclusive at 100)
 * @param minImpact lowest impact (inclusive)
 * @param maxImpact highest impact (exclusive, inclusive at 100)
 */
public record ScoreArea(double minFeasibility, double maxFeasibility, double minImpact, double maxImpact) {

    /**
     * @param feasibility a feasibility
     * @param impact an impact
     * @return whether the point is in the area
     */
    public boolean contains(double feasibility, double impact) {
        return within(feasibility, minFeasibility, maxFeasibility) && within(impact, minImpact, maxImpact);
    }

    /**
     * @param score a use case's score
     * @return whether it is drawn on the matrix (scored, not rejected) inside the area
     */
    public boolean matches(UseCaseScore score) {
        return score.isScored() && score.standing() != Standing.REJECTED
                && contains(score.feasibility(), score.impact());
    }

    /** @return the area as the user reads it, e.g. "Feasibility 40–50, Impact 60–70" */
    public String describe() {
        return org.eclipse.osgi.util.NLS.bind(Messages.Matrix_area, new Object[] { ScoringTexts.score(minFeasibility),
                ScoringTexts.score(maxFeasibility), ScoringTexts.score(minImpact), ScoringTexts.score(maxImpact) });
    }

    private static boolean within(double value, double min, double max) {
        return value >= min && (value < max || max >= 100 && value <= max);
    }
}
