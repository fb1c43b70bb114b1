// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/** Practice 2: a journey on which no friction has been recorded at any stage. */
public final class JourneyWithoutFriction extends BuiltInRule {

    /** Creates the rule. */
    public JourneyWithoutFriction() {
        super(BuiltInRules.JOURNEY_NO_FRICTION, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (CustomerJourney journey : context.portfolio().getJourneys()) {
            if (!hasFriction(journey)) {
                context.report(journey, message(context, "message", Texts.name(journey, context.locale()))); //$NON-NLS-1$
            }
        }
    }

    private static boolean hasFriction(CustomerJourney journey) {
        for (JourneyStage stage : journey.getStages()) {
            if (!stage.getFrictions().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
