// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Period;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Severity;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;

/**
 * Generates the large workflow of the map benchmark, deterministic for a seed: one workflow of N
 * steps in eight swimlanes (actors change every few steps), a main flow with a branch and join
 * every tenth step and a rework loop back every fiftieth, a friction on every seventh step and a
 * use case anchored on every fifth.
 */
@SuppressWarnings("nls")
public final class SyntheticWorkflow {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;
    private static final int ACTORS = 8;

    private SyntheticWorkflow() {
    }

    /**
     * @param steps how many steps
     * @param seed the seed
     * @return a portfolio holding the workflow (its first) and its use cases, in no resource
     */
    public static Portfolio generate(int steps, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName("Synthetic workflow of " + steps + " steps");
        Workflow workflow = FACTORY.createWorkflow();
        workflow.setName("Synthetic claims back office");
        workflow.setScope(Scope.INTERNAL);
        workflow.setCategory(WorkflowCategory.HIGH_VOLUME_REPETITIVE);
        workflow.setVolume(20_000);
        workflow.setPeriod(Period.MONTH);
        portfolio.getWorkflows().add(workflow);
        List<WorkflowStep> all = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            WorkflowStep step = FACTORY.createWorkflowStep();
            step.setName("Step " + (i + 1) + " of the synthetic flow");
            step.setActor("Team " + (char) ('A' + (i / 4) % ACTORS));
            step.setVolume(1_000 + random.nextInt(19_000));
            step.setManualEffort(0.5 + random.nextInt(40) / 2.0);
            step.setErrorRate(random.nextInt(20) / 100.0);
            workflow.getSteps().add(step);
            all.add(step);
            if (i % 7 == 3) {
                Friction friction = FACTORY.createFriction();
                friction.setName("Rework at step " + (i + 1));
                friction.setSeverity(Severity.get(random.nextInt(4)));
                friction.setFrequency(Frequency.get(random.nextInt(4)));
                step.getFrictions().add(friction);
            }
            if (i % 5 == 2) {
                UseCase useCase = FACTORY.createUseCase();
                useCase.setName("Assist step " + (i + 1));
                useCase.getSteps().add(step);
                portfolio.getUseCases().add(useCase);
            }
        }
        for (int i = 0; i + 1 < steps; i++) {
            all.get(i).getSuccessors().add(all.get(i + 1));
            if (i % 10 == 0 && i + 2 < steps) {
                all.get(i).getSuccessors().add(all.get(i + 2));
            }
            if (i % 50 == 49) {
                all.get(i).getSuccessors().add(all.get(i - 5));
            }
        }
        return portfolio;
    }
}
