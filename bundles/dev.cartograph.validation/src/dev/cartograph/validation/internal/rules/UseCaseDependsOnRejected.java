// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/** A use case that is not rejected but depends on one that is. One finding per such dependency. */
public final class UseCaseDependsOnRejected extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseDependsOnRejected() {
        super(BuiltInRules.USE_CASE_DEPENDS_ON_REJECTED, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            if (useCase.getStatus() == UseCaseStatus.REJECTED) {
                continue;
            }
            for (UseCase dependency : useCase.getDependsOn()) {
                if (dependency.getStatus() == UseCaseStatus.REJECTED) {
                    context.report(useCase, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                            Texts.name(dependency, context.locale())), dependency);
                }
            }
        }
    }
}
