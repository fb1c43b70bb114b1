// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.List;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.ValidationContext;
import dev.cartograph.validation.internal.fixes.AnchorWhereFrictionOccurs;

/**
 * Practice 3, map don't brainstorm: a use case attached to no workflow step and no journey
 * stage. A warning while it is an idea or qualified; an error once it has reached the business
 * case, whose "where it applies" it leaves empty.
 */
public final class UseCaseUnanchored extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseUnanchored() {
        super(BuiltInRules.USE_CASE_UNANCHORED, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            UseCaseStatus status = useCase.getStatus();
            if (status == UseCaseStatus.REJECTED || !useCase.getSteps().isEmpty() || !useCase.getStages().isEmpty()) {
                continue;
            }
            String name = Texts.name(useCase, context.locale());
            if (Statuses.hasBusinessCaseStage(status)) {
                context.report(FindingSeverity.ERROR, useCase,
                        message(context, "advanced", name, Texts.status(status, context.locale()))); //$NON-NLS-1$
            } else {
                context.report(defaultSeverity(), useCase, message(context, "message", name), //$NON-NLS-1$
                        List.copyOf(useCase.getFrictions()));
            }
        }
    }

    @Override
    public List<QuickFix> quickFixes() {
        return List.of(AnchorWhereFrictionOccurs.INSTANCE);
    }
}
