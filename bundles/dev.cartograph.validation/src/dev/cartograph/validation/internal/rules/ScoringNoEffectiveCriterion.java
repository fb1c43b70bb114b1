// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.scoring.ScoringParameters;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 4, one playbook: a grid that cannot rank anything, because no criterion is
 * installed, none is enabled, or every enabled criterion weighs 0.
 */
public final class ScoringNoEffectiveCriterion extends BuiltInRule {

    /** Creates the rule. */
    public ScoringNoEffectiveCriterion() {
        super(BuiltInRules.SCORING_NO_EFFECTIVE_CRITERION, FindingSeverity.ERROR);
    }

    @Override
    public void check(ValidationContext context) {
        ScoringParameters parameters = context.scoring().parameters();
        EObject element = context.portfolio().getScoring() != null ? context.portfolio().getScoring()
                : context.portfolio();
        List<CriterionWeight> enabled = parameters.enabledCriteria();
        if (parameters.criteria().isEmpty()) {
            context.report(element, message(context, "noneInstalled")); //$NON-NLS-1$
        } else if (enabled.isEmpty()) {
            context.report(element, message(context, "noneEnabled")); //$NON-NLS-1$
        } else if (enabled.stream().allMatch(c -> c.weight() == 0)) {
            context.report(element, message(context, "allWeightsZero")); //$NON-NLS-1$
        }
    }
}
