// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 5, turn ideas into measurable cases: a use case whose status says it has a business
 * case, but which has none. A warning at the business case status; an error once approved, in
 * pilot or deployed.
 */
public final class UseCaseMissingBusinessCase extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseMissingBusinessCase() {
        super(BuiltInRules.USE_CASE_MISSING_BUSINESS_CASE, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            UseCaseStatus status = useCase.getStatus();
            if (Statuses.hasBusinessCaseStage(status) && useCase.getBusinessCase() == null) {
                FindingSeverity severity = Statuses.isCommitted(status) ? FindingSeverity.ERROR : defaultSeverity();
                context.report(severity, useCase, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                        Texts.status(status, context.locale())));
            }
        }
    }
}
