// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.List;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.ValidationContext;
import dev.cartograph.validation.internal.fixes.TakeOutOfWave;

/** A rejected use case still planned in a wave of the roadmap. */
public final class UseCaseRejectedInWave extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseRejectedInWave() {
        super(BuiltInRules.USE_CASE_REJECTED_IN_WAVE, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            if (useCase.getStatus() == UseCaseStatus.REJECTED && useCase.getWave() != null) {
                context.report(useCase, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                        Texts.name(useCase.getWave(), context.locale())), useCase.getWave());
            }
        }
    }

    @Override
    public List<QuickFix> quickFixes() {
        return List.of(TakeOutOfWave.INSTANCE);
    }
}
