// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 5, one grid for everyone: with partial ranking on, a use case ranked on some of the
 * enabled criteria only. Its rank rests on part of the grid, so the finding names the criteria
 * it still lacks. A use case at the business case or beyond is already reported by
 * {@link UseCaseCriterionUnscored}, and is not reported twice.
 */
public final class UseCaseRankedOnPartialScores extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseRankedOnPartialScores() {
        super(BuiltInRules.USE_CASE_RANKED_ON_PARTIAL_SCORES, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCaseScore score : context.scoring().ranking()) {
            UseCase useCase = score.useCase();
            if (!score.isPartial() || Statuses.hasBusinessCaseStage(useCase.getStatus())) {
                continue;
            }
            List<String> labels = new ArrayList<>(score.missing().size());
            for (Criterion criterion : score.missing()) {
                labels.add(criterion.label());
            }
            context.report(defaultSeverity(), useCase, message(context, "message", //$NON-NLS-1$
                    Texts.name(useCase, context.locale()), score.scoredCount(), score.criteriaCount(),
                    Texts.list(labels, context.locale())));
        }
    }
}
