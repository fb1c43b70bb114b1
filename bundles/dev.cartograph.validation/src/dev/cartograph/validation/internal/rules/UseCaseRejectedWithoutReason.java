// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/** Practice 4, one playbook: a rejected use case without a recorded reason, so the decision cannot be reused. */
public final class UseCaseRejectedWithoutReason extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseRejectedWithoutReason() {
        super(BuiltInRules.USE_CASE_REJECTED_WITHOUT_REASON, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            if (useCase.getStatus() == UseCaseStatus.REJECTED && Texts.isBlank(useCase.getRejectionReason())) {
                context.report(useCase, message(context, "message", Texts.name(useCase, context.locale()))); //$NON-NLS-1$
            }
        }
    }
}
