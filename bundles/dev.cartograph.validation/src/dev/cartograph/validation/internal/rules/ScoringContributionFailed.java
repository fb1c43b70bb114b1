// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * A criterion or scoring strategy contributed by a plug-in failed while scoring this portfolio:
 * the values it should have given are missing or replaced. One finding per failing contribution,
 * on the portfolio, naming the contributor.
 */
public final class ScoringContributionFailed extends BuiltInRule {

    /** Creates the rule. */
    public ScoringContributionFailed() {
        super(BuiltInRules.SCORING_CONTRIBUTION_FAILED, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (CriterionFailure failure : context.scoring().failures()) {
            String label = context.scoring().parameters().criterion(failure.criterionId())
                    .map(c -> c.criterion().label()).orElse(failure.criterionId());
            context.report(context.portfolio(), message(context, "criterion", label, failure.contributor(), //$NON-NLS-1$
                    failure.message()));
        }
        if (context.scoring().strategyFailure().isPresent()) {
            StrategyFailure failure = context.scoring().strategyFailure().get();
            context.report(context.portfolio(), message(context, "strategy", failure.strategyId(), //$NON-NLS-1$
                    failure.contributor(), failure.message()));
        }
    }
}
