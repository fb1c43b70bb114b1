// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 5: scores given without a rationale, one finding per use case naming them.
 * Information while the use case is an idea or qualified, a warning from the business case on,
 * whose scores must be explained. Scores on criteria that are not installed are left to
 * {@link ScoringUnknownCriterion}.
 */
public final class UseCaseScoreWithoutRationale extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseScoreWithoutRationale() {
        super(BuiltInRules.USE_CASE_SCORE_WITHOUT_RATIONALE, FindingSeverity.INFO);
    }

    @Override
    public void check(ValidationContext context) {
        Map<String, String> labels = new HashMap<>();
        for (CriterionWeight weight : context.scoring().parameters().criteria()) {
            labels.put(weight.criterion().id(), weight.criterion().label());
        }
        for (UseCase useCase : context.portfolio().getUseCases()) {
            if (useCase.getStatus() == UseCaseStatus.REJECTED) {
                continue;
            }
            List<Score> unexplained = null;
            List<String> names = null;
            for (Score score : useCase.getScores()) {
                String label = labels.get(score.getCriterionId());
                if (label != null && Texts.isBlank(score.getRationale())) {
                    if (unexplained == null) {
                        unexplained = new ArrayList<>();
                        names = new ArrayList<>();
                    }
                    unexplained.add(score);
                    names.add(Texts.isBlank(score.getAssessor()) ? label
                            : message(context, "byAssessor", label, score.getAssessor())); //$NON-NLS-1$
                }
            }
            if (unexplained != null) {
                FindingSeverity severity = Statuses.hasBusinessCaseStage(useCase.getStatus()) ? FindingSeverity.WARNING
                        : defaultSeverity();
                context.report(severity, useCase, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                        unexplained.size(), Texts.list(names, context.locale())), unexplained);
            }
        }
    }
}
