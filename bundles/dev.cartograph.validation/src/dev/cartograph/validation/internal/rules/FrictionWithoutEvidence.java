// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.Friction;
import dev.cartograph.model.UseCase;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * A friction backed by no evidence. Information while it is only mapped; a warning once a use
 * case at the business case or beyond addresses it, since its business case rests on it.
 * Frictions out of scope are skipped.
 */
public final class FrictionWithoutEvidence extends BuiltInRule {

    /** Creates the rule. */
    public FrictionWithoutEvidence() {
        super(BuiltInRules.FRICTION_NO_EVIDENCE, FindingSeverity.INFO);
    }

    @Override
    public void check(ValidationContext context) {
        for (Friction friction : ModelWalk.frictions(context.portfolio())) {
            if (friction.isOutOfScope() || !friction.getEvidence().isEmpty()) {
                continue;
            }
            String name = Texts.name(friction, context.locale());
            UseCase advanced = advancedUseCase(friction);
            if (advanced != null) {
                context.report(FindingSeverity.WARNING, friction, message(context, "reliedOn", name, //$NON-NLS-1$
                        Texts.name(advanced, context.locale())), advanced);
            } else {
                context.report(friction, message(context, "message", name)); //$NON-NLS-1$
            }
        }
    }

    private static UseCase advancedUseCase(Friction friction) {
        for (UseCase useCase : friction.getAddressedBy()) {
            if (Statuses.hasBusinessCaseStage(useCase.getStatus())) {
                return useCase;
            }
        }
        return null;
    }
}
