// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 5, one grid for everyone: a use case at the business case or beyond that has no
 * value (assessed or computed) on an enabled criterion. A warning at the business case; an
 * error once approved, in pilot or deployed, since it was decided without the whole grid.
 */
public final class UseCaseCriterionUnscored extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseCriterionUnscored() {
        super(BuiltInRules.USE_CASE_CRITERION_UNSCORED, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCaseScore score : context.scoring().all()) {
            UseCase useCase = score.useCase();
            UseCaseStatus status = useCase.getStatus();
            if (!Statuses.hasBusinessCaseStage(status) || score.missing().isEmpty()) {
                continue;
            }
            List<String> labels = new ArrayList<>(score.missing().size());
            for (Criterion criterion : score.missing()) {
                labels.add(criterion.label());
            }
            FindingSeverity severity = Statuses.isCommitted(status) ? FindingSeverity.ERROR : defaultSeverity();
            context.report(severity, useCase, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                    Texts.status(status, context.locale()), Texts.list(labels, context.locale())));
        }
    }
}
