// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.scoring.UnknownCriterion;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Criterion ids that the model names but no installed plug-in provides: scores (kept in the
 * model but not counted; one finding per id on the portfolio, the use cases as related
 * elements), criterion settings and enabled gates (one finding each). A setting or gate naming
 * no criterion at all is EMF's structural validation's business (the id is required).
 */
public final class ScoringUnknownCriterion extends BuiltInRule {

    /** Creates the rule. */
    public ScoringUnknownCriterion() {
        super(BuiltInRules.SCORING_UNKNOWN_CRITERION, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UnknownCriterion unknown : context.scoring().unknownCriteria()) {
            List<UseCase> useCases = new ArrayList<>(unknown.useCases().size());
            for (UseCaseScore score : unknown.useCases()) {
                useCases.add(score.useCase());
            }
            context.report(defaultSeverity(), context.portfolio(),
                    message(context, "scores", unknown.criterionId(), useCases.size()), useCases); //$NON-NLS-1$
        }
        ScoringConfiguration configuration = context.portfolio().getScoring();
        if (configuration == null) {
            return;
        }
        Set<String> installed = new HashSet<>();
        for (CriterionWeight weight : context.scoring().parameters().criteria()) {
            installed.add(weight.criterion().id());
        }
        for (CriterionSetting setting : configuration.getCriteria()) {
            if (!Texts.isBlank(setting.getCriterionId()) && !installed.contains(setting.getCriterionId())) {
                context.report(setting, message(context, "setting", setting.getCriterionId())); //$NON-NLS-1$
            }
        }
        for (Gate gate : configuration.getGates()) {
            if (gate.isEnabled() && !Texts.isBlank(gate.getCriterionId())
                    && !installed.contains(gate.getCriterionId())) {
                context.report(gate, message(context, "gate", gate.getCriterionId())); //$NON-NLS-1$
            }
        }
    }
}
