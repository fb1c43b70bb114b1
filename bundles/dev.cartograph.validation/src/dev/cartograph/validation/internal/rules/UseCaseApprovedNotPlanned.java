// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/** An approved use case that no wave plans, while the portfolio has a roadmap with waves. */
public final class UseCaseApprovedNotPlanned extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseApprovedNotPlanned() {
        super(BuiltInRules.USE_CASE_APPROVED_NOT_PLANNED, FindingSeverity.INFO);
    }

    @Override
    public void check(ValidationContext context) {
        if (ModelWalk.waves(context.portfolio()).isEmpty()) {
            return;
        }
        for (UseCase useCase : context.portfolio().getUseCases()) {
            if (useCase.getStatus() == UseCaseStatus.APPROVED && useCase.getWave() == null) {
                context.report(useCase, message(context, "message", Texts.name(useCase, context.locale()))); //$NON-NLS-1$
            }
        }
    }
}
