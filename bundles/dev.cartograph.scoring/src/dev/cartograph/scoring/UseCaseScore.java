// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;

/**
 * How one use case scores, independent of its rank (see {@link ScoringResult#rankOf(UseCase)}).
 * Immutable; the use case itself is referenced for identity (selection, navigation), and
 * its name, scope and status are copied at scoring time.
 *
 * @param useCase the use case
 * @param name its name when scored (never {@code null})
 * @param scope internal or external
 * @param status its status when scored
 * @param standing whether it is ranked and, if not, why
 * @param impact the impact score 0-100; {@code NaN} unless {@link #isScored()}
 * @param feasibility the feasibility score 0-100; {@code NaN} unless {@link #isScored()}
 * @param overall the overall score 0-100; {@code NaN} unless {@link #isScored()}
 * @param quadrant the quadrant; {@code null} unless {@link #isScored()}
 * @param criteria its value on each enabled criterion, in registry order
 * @param gates the enabled gates that apply to it
 * @param missing the enabled criteria it has no value for; a use case ranked while some are
 *        missing is {@linkplain #isPartial() partial}
 * @param unknownCriterionIds the ids its scores name that no installed criterion provides
 * @param failures the failures of computed criteria on this use case
 * @param rejectionReason the rejection reason when rejected, else empty
 */
public record UseCaseScore(UseCase useCase, String name, Scope scope, UseCaseStatus status, Standing standing,
        double impact, double feasibility, double overall, Quadrant quadrant, List<CriterionScore> criteria,
        List<GateHit> gates, List<Criterion> missing, List<String> unknownCriterionIds,
        List<CriterionFailure> failures, String rejectionReason) {

    /** Copies the lists. */
    public UseCaseScore {
        criteria = List.copyOf(criteria);
        gates = List.copyOf(gates);
        missing = List.copyOf(missing);
        unknownCriterionIds = List.copyOf(unknownCriterionIds);
        failures = List.copyOf(failures);
    }

    /**
     * @return whether the three scores and the quadrant are known: every enabled criterion has a
     *         value or, with partial ranking, enough of them do
     */
    public boolean isScored() {
        return quadrant != null;
    }

    /**
     * @return whether its scores are computed on some of the enabled criteria only (partial
     *         ranking), re-weighted over those it has; see {@link #scoredCount()}
     */
    public boolean isPartial() {
        return isScored() && !missing.isEmpty();
    }

    /** @return how many enabled criteria it has a value for */
    public int scoredCount() {
        return criteria.size() - missing.size();
    }

    /** @return how many criteria are enabled */
    public int criteriaCount() {
        return criteria.size();
    }

    /**
     * @return the share (0-1) of the enabled criteria's total weight that its scored criteria
     *         carry: how much of the grid its scores rest on; 1 when complete, 0 when no
     *         criterion weighs anything
     */
    public double weightCoverage() {
        double total = 0;
        double scored = 0;
        for (CriterionScore score : criteria) {
            total += score.weight();
            if (score.isPresent()) {
                scored += score.weight();
            }
        }
        if (total <= 0) {
            return missing.isEmpty() ? 1.0 : 0.0;
        }
        return scored / total;
    }

    /** @return whether it takes part in the ranking */
    public boolean isRanked() {
        return standing == Standing.RANKED;
    }

    /** @return the union of the flags of its criteria */
    public Set<ScoreFlag> flags() {
        EnumSet<ScoreFlag> flags = EnumSet.noneOf(ScoreFlag.class);
        for (CriterionScore score : criteria) {
            flags.addAll(score.flags());
        }
        return flags;
    }

    /**
     * @param criterionId an enabled criterion's id
     * @return the use case's value on it
     */
    public Optional<CriterionScore> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
    }
}
