// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * A planned use case that depends on a use case no wave plans. Dependencies already in pilot or
 * deployed are available and skipped; rejected ones are left to {@link UseCaseDependsOnRejected}.
 */
public final class RoadmapDependencyNotPlanned extends BuiltInRule {

    /** Creates the rule. */
    public RoadmapDependencyNotPlanned() {
        super(BuiltInRules.ROADMAP_DEPENDENCY_NOT_PLANNED, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            if (useCase.getWave() == null || useCase.getStatus() == UseCaseStatus.REJECTED) {
                continue;
            }
            for (UseCase dependency : useCase.getDependsOn()) {
                UseCaseStatus status = dependency.getStatus();
                if (dependency.getWave() == null && status != UseCaseStatus.REJECTED && !Statuses.isRunning(status)) {
                    context.report(useCase, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                            Texts.name(useCase.getWave(), context.locale()), Texts.name(dependency, context.locale())),
                            dependency);
                }
            }
        }
    }
}
