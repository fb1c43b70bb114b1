// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.report;

/**
 * What a change of the portfolio does to the decision about one use case: one measure of it before and after.
 *
 * @param useCaseId the use case's id
 * @param useCase its name (in the new version, else the old)
 * @param measure what moved
 * @param before the old value: an {@link Integer} rank, a {@link Double} score, a
 *            {@link dev.cartograph.scoring.Quadrant}, a {@link dev.cartograph.scoring.Standing} or a wave's name;
 *            {@code null} when the use case was not there, or had no such value (unranked, not scored, no wave)
 * @param after the new value, likewise
 */
public record Consequence(String useCaseId, String useCase, Measure measure, Object before, Object after) {

    /** What a consequence is about, in the order they are listed. */
    public enum Measure {
        /** The rank in the ranking. */
        RANK,
        /** The standing: ranked, or why not (gated, incomplete, rejected). */
        STANDING,
        /** The quadrant. */
        QUADRANT,
        /** The overall score. */
        OVERALL,
        /** The impact score. */
        IMPACT,
        /** The feasibility score. */
        FEASIBILITY,
        /** The roadmap wave. */
        WAVE
    }
}
