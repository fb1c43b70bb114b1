// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.scoring.ScoringParameters;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/** The portfolio names a scoring strategy that is not installed: another one ranks the use cases. */
public final class ScoringUnknownStrategy extends BuiltInRule {

    /** Creates the rule. */
    public ScoringUnknownStrategy() {
        super(BuiltInRules.SCORING_UNKNOWN_STRATEGY, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        ScoringParameters parameters = context.scoring().parameters();
        if (context.portfolio().getScoring() != null
                && !parameters.requestedStrategyId().equals(parameters.strategyId())) {
            context.report(context.portfolio().getScoring(), message(context, "message", //$NON-NLS-1$
                    parameters.requestedStrategyId(), context.scoring().strategy().label()));
        }
    }
}
