// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.List;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.StageKind;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.ValidationContext;
import dev.cartograph.validation.internal.fixes.AddPostJourneyStage;

/** Practice 2, follow the customer after they leave: a journey with no post-journey (churn) stage. */
public final class JourneyWithoutPostJourneyStage extends BuiltInRule {

    /** Creates the rule. */
    public JourneyWithoutPostJourneyStage() {
        super(BuiltInRules.JOURNEY_NO_POST_JOURNEY_STAGE, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (CustomerJourney journey : context.portfolio().getJourneys()) {
            if (!hasPostJourneyStage(journey)) {
                context.report(journey, message(context, "message", Texts.name(journey, context.locale()))); //$NON-NLS-1$
            }
        }
    }

    private static boolean hasPostJourneyStage(CustomerJourney journey) {
        for (JourneyStage stage : journey.getStages()) {
            if (stage.getKind() == StageKind.POST_JOURNEY) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<QuickFix> quickFixes() {
        return List.of(AddPostJourneyStage.INSTANCE);
    }
}
