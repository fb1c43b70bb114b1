// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.overview;

import java.util.EnumMap;
import java.util.Map;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * How much a portfolio holds: journeys, stages, frictions (at stages and at steps), workflows,
 * steps, and use cases by status and scope.
 *
 * @param journeys the number of customer journeys
 * @param stages the number of journey stages
 * @param frictions the number of frictions, at journey stages and at workflow steps
 * @param workflows the number of workflows
 * @param steps the number of workflow steps
 * @param useCases the number of use cases
 * @param byStatusAndScope use cases per status, then per scope (every status and scope present,
 *        zero when none)
 */
public record PortfolioStatistics(int journeys, int stages, int frictions, int workflows, int steps, int useCases,
        Map<UseCaseStatus, Map<Scope, Integer>> byStatusAndScope) {

    /**
     * @param portfolio a portfolio
     * @return what it holds
     */
    public static PortfolioStatistics of(Portfolio portfolio) {
        int stages = 0;
        int frictions = 0;
        for (CustomerJourney journey : portfolio.getJourneys()) {
            stages += journey.getStages().size();
            for (JourneyStage stage : journey.getStages()) {
                frictions += stage.getFrictions().size();
            }
        }
        int steps = 0;
        for (Workflow workflow : portfolio.getWorkflows()) {
            steps += workflow.getSteps().size();
            for (WorkflowStep step : workflow.getSteps()) {
                frictions += step.getFrictions().size();
            }
        }
        Map<UseCaseStatus, Map<Scope, Integer>> counts = new EnumMap<>(UseCaseStatus.class);
        for (UseCaseStatus status : UseCaseStatus.values()) {
            Map<Scope, Integer> byScope = new EnumMap<>(Scope.class);
            for (Scope scope : Scope.values()) {
                byScope.put(scope, 0);
            }
            counts.put(status, byScope);
        }
        for (UseCase useCase : portfolio.getUseCases()) {
            counts.get(useCase.getStatus()).merge(useCase.getScope(), 1, Integer::sum);
        }
        return new PortfolioStatistics(portfolio.getJourneys().size(), stages, frictions, portfolio.getWorkflows().size(),
                steps, portfolio.getUseCases().size(), counts);
    }

    /**
     * @param status a status
     * @return the number of use cases with that status, whatever their scope
     */
    public int withStatus(UseCaseStatus status) {
        return byStatusAndScope.get(status).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param scope a scope
     * @return the number of use cases of that scope, whatever their status
     */
    public int withScope(Scope scope) {
        return byStatusAndScope.values().stream().mapToInt(m -> m.get(scope)).sum();
    }
}
