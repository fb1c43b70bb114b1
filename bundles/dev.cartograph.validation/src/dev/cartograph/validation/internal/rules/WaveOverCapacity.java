// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/** A wave that plans more (not rejected) use cases than its capacity. Waves without a capacity are skipped. */
public final class WaveOverCapacity extends BuiltInRule {

    /** Creates the rule. */
    public WaveOverCapacity() {
        super(BuiltInRules.WAVE_OVER_CAPACITY, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (Wave wave : ModelWalk.waves(context.portfolio())) {
            if (!wave.isSetCapacity()) {
                continue;
            }
            int planned = 0;
            for (UseCase useCase : wave.getUseCases()) {
                if (useCase.getStatus() != UseCaseStatus.REJECTED) {
                    planned++;
                }
            }
            if (planned > wave.getCapacity()) {
                context.report(wave, message(context, "message", Texts.name(wave, context.locale()), planned, //$NON-NLS-1$
                        wave.getCapacity()));
            }
        }
    }
}
