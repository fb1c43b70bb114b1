// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.ui.internal.FinancialEffect;

/**
 * What one bubble of the matrix stands for, read once from a scoring snapshot and the model.
 *
 * @param useCase the use case
 * @param name its name
 * @param rank its rank, 0 when not ranked
 * @param feasibility its feasibility, 0-100 (the horizontal axis)
 * @param impact its impact, 0-100 (the vertical axis)
 * @param overall its overall score
 * @param effect its yearly financial effect (revenue gained + cost avoided), {@code NaN} when unknown
 * @param scope internal or external
 * @param standing its standing; a gated use case is marked
 * @param score its score snapshot
 */
public record BubbleSpec(UseCase useCase, String name, int rank, double feasibility, double impact, double overall,
        double effect, Scope scope, Standing standing, UseCaseScore score) {

    /** @return whether its scores rest on some of the enabled criteria only (dotted ring) */
    public boolean isPartial() {
        return score.isPartial();
    }

    /** @return whether a gate keeps it out of the ranking */
    public boolean isGated() {
        return standing.isGated();
    }

    /**
     * The bubbles of a scoring: every scored use case that is not rejected, in model order.
     *
     * @param result the scoring
     * @return the bubbles
     */
    public static List<BubbleSpec> of(ScoringResult result) {
        List<BubbleSpec> specs = new ArrayList<>();
        for (UseCaseScore score : result.all()) {
            if (score.isScored() && score.standing() != Standing.REJECTED) {
                specs.add(new BubbleSpec(score.useCase(), score.name(), result.rankOf(score.useCase()),
                        score.feasibility(), score.impact(), score.overall(), FinancialEffect.of(score.useCase()),
                        score.scope(), score.standing(), score));
            }
        }
        return specs;
    }
}
