// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.UseCase;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * An approved, piloted or deployed use case with no sponsor, neither on the use case nor on its
 * business case: nobody owns its benefits.
 */
public final class UseCaseWithoutSponsor extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseWithoutSponsor() {
        super(BuiltInRules.USE_CASE_NO_SPONSOR, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            if (Statuses.isCommitted(useCase.getStatus()) && Texts.isBlank(useCase.getSponsor())
                    && (useCase.getBusinessCase() == null || Texts.isBlank(useCase.getBusinessCase().getSponsor()))) {
                context.report(useCase, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                        Texts.status(useCase.getStatus(), context.locale())));
            }
        }
    }
}
