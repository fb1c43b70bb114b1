// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.List;

import dev.cartograph.model.Friction;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.ValidationContext;
import dev.cartograph.validation.internal.fixes.MarkFrictionOutOfScope;

/**
 * A friction that no use case (other than rejected ones) addresses: either a use case is still
 * to be found, or the programme decides not to address it. Frictions out of scope are skipped.
 */
public final class FrictionUnaddressed extends BuiltInRule {

    /** Creates the rule. */
    public FrictionUnaddressed() {
        super(BuiltInRules.FRICTION_UNADDRESSED, FindingSeverity.INFO);
    }

    @Override
    public void check(ValidationContext context) {
        for (Friction friction : ModelWalk.frictions(context.portfolio())) {
            if (friction.isOutOfScope() || isAddressed(friction)) {
                continue;
            }
            String name = Texts.name(friction, context.locale());
            List<UseCase> rejected = friction.getAddressedBy();
            if (rejected.isEmpty()) {
                context.report(friction, message(context, "message", name)); //$NON-NLS-1$
            } else {
                context.report(defaultSeverity(), friction, message(context, "onlyRejected", name), //$NON-NLS-1$
                        List.copyOf(rejected));
            }
        }
    }

    private static boolean isAddressed(Friction friction) {
        for (UseCase useCase : friction.getAddressedBy()) {
            if (useCase.getStatus() != UseCaseStatus.REJECTED) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<QuickFix> quickFixes() {
        return List.of(MarkFrictionOutOfScope.INSTANCE);
    }
}
