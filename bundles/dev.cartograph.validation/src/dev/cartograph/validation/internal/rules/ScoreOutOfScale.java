// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.HashMap;
import java.util.Map;

import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.scoring.Scale;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * A score outside its criterion's scale (for example 7 on a 1-5 scale): the scoring engine
 * ignores it, so the assessor's judgement is silently lost. One finding per score.
 */
public final class ScoreOutOfScale extends BuiltInRule {

    /** Creates the rule. */
    public ScoreOutOfScale() {
        super(BuiltInRules.SCORE_OUT_OF_SCALE, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        Map<String, Criterion> criteria = new HashMap<>();
        Map<String, Scale> scales = new HashMap<>();
        for (CriterionWeight weight : context.scoring().parameters().criteria()) {
            Criterion criterion = weight.criterion();
            try {
                scales.put(criterion.id(), criterion.scale());
                criteria.put(criterion.id(), criterion);
            } catch (RuntimeException e) {
                // a criterion whose scale cannot be read is reported by the scoring; skip it here
            }
        }
        for (UseCase useCase : context.portfolio().getUseCases()) {
            for (Score score : useCase.getScores()) {
                Scale scale = scales.get(score.getCriterionId());
                if (scale != null && !scale.contains(score.getValue())) {
                    context.report(score, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                            criteria.get(score.getCriterionId()).label(), score.getValue(), scale.min(), scale.max()),
                            useCase);
                }
            }
        }
    }
}
