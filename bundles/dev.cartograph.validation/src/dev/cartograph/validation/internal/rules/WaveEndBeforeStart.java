// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.Wave;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/** A wave whose end date is before its start date. */
public final class WaveEndBeforeStart extends BuiltInRule {

    /** Creates the rule. */
    public WaveEndBeforeStart() {
        super(BuiltInRules.WAVE_END_BEFORE_START, FindingSeverity.ERROR);
    }

    @Override
    public void check(ValidationContext context) {
        for (Wave wave : ModelWalk.waves(context.portfolio())) {
            if (wave.getStart() != null && wave.getEnd() != null && wave.getEnd().isBefore(wave.getStart())) {
                context.report(wave, message(context, "message", Texts.name(wave, context.locale()), //$NON-NLS-1$
                        wave.getStart().toString(), wave.getEnd().toString()));
            }
        }
    }
}
