// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.List;
import java.util.Map;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.ValidationContext;
import dev.cartograph.validation.internal.fixes.PlanWithLatestDependency;

/**
 * A use case planned in an earlier wave than a use case it depends on: the roadmap cannot be
 * delivered in that order. One finding per dependency, on the dependent use case. Rejected use
 * cases on either side are left to other rules.
 */
public final class RoadmapDependencyPlannedLater extends BuiltInRule {

    /** Creates the rule. */
    public RoadmapDependencyPlannedLater() {
        super(BuiltInRules.ROADMAP_DEPENDENCY_PLANNED_LATER, FindingSeverity.ERROR);
    }

    @Override
    public void check(ValidationContext context) {
        Map<Wave, Integer> positions = ModelWalk.wavePositions(context.portfolio());
        for (UseCase useCase : context.portfolio().getUseCases()) {
            Integer position = positions.get(useCase.getWave());
            if (position == null || useCase.getStatus() == UseCaseStatus.REJECTED) {
                continue;
            }
            for (UseCase dependency : useCase.getDependsOn()) {
                Integer later = positions.get(dependency.getWave());
                if (later != null && later > position && dependency.getStatus() != UseCaseStatus.REJECTED) {
                    context.report(useCase, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                            Texts.name(useCase.getWave(), context.locale()), Texts.name(dependency, context.locale()),
                            Texts.name(dependency.getWave(), context.locale())), dependency, dependency.getWave());
                }
            }
        }
    }

    @Override
    public List<QuickFix> quickFixes() {
        return List.of(PlanWithLatestDependency.INSTANCE);
    }
}
