// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 1, start inside: the first wave that plans any (not rejected) use case plans no
 * internal one. Empty leading waves are skipped: the first wave is the first with work in it.
 */
public final class RoadmapFirstWaveNotInternal extends BuiltInRule {

    /** Creates the rule. */
    public RoadmapFirstWaveNotInternal() {
        super(BuiltInRules.ROADMAP_FIRST_WAVE_NOT_INTERNAL, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (Wave wave : ModelWalk.waves(context.portfolio())) {
            boolean planned = false;
            for (UseCase useCase : wave.getUseCases()) {
                if (useCase.getStatus() != UseCaseStatus.REJECTED) {
                    if (useCase.getScope() == Scope.INTERNAL) {
                        return;
                    }
                    planned = true;
                }
            }
            if (planned) {
                context.report(wave, message(context, "message", Texts.name(wave, context.locale()))); //$NON-NLS-1$
                return;
            }
        }
    }
}
