// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Channel;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Severity;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Touchpoint;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;

/** Small models built in code for the edge cases. */
final class Models {

    static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    private Models() {
    }

    static Portfolio portfolio(String name) {
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName(name);
        return portfolio;
    }

    static CustomerJourney journey(Portfolio portfolio, String name) {
        CustomerJourney journey = FACTORY.createCustomerJourney();
        journey.setName(name);
        portfolio.getJourneys().add(journey);
        return journey;
    }

    static JourneyStage stage(CustomerJourney journey, String name, StageKind kind) {
        JourneyStage stage = FACTORY.createJourneyStage();
        stage.setName(name);
        stage.setKind(kind);
        journey.getStages().add(stage);
        return stage;
    }

    static Touchpoint touchpoint(JourneyStage stage, String name, Channel channel) {
        Touchpoint touchpoint = FACTORY.createTouchpoint();
        touchpoint.setName(name);
        touchpoint.setChannel(channel);
        stage.getTouchpoints().add(touchpoint);
        return touchpoint;
    }

    static Friction friction(JourneyStage stage, String name, Severity severity, Frequency frequency, boolean churn) {
        Friction friction = friction(name, severity, frequency, churn);
        stage.getFrictions().add(friction);
        return friction;
    }

    static Friction friction(WorkflowStep step, String name, Severity severity, Frequency frequency) {
        Friction friction = friction(name, severity, frequency, false);
        step.getFrictions().add(friction);
        return friction;
    }

    private static Friction friction(String name, Severity severity, Frequency frequency, boolean churn) {
        Friction friction = FACTORY.createFriction();
        friction.setName(name);
        friction.setSeverity(severity);
        friction.setFrequency(frequency);
        friction.setDrivesChurn(churn);
        return friction;
    }

    static Workflow workflow(Portfolio portfolio, String name, Scope scope, WorkflowCategory category) {
        Workflow workflow = FACTORY.createWorkflow();
        workflow.setName(name);
        workflow.setScope(scope);
        workflow.setCategory(category);
        portfolio.getWorkflows().add(workflow);
        return workflow;
    }

    static WorkflowStep step(Workflow workflow, String name, String actor, double volume, double effort) {
        WorkflowStep step = FACTORY.createWorkflowStep();
        step.setName(name);
        step.setActor(actor);
        step.setVolume(volume);
        step.setManualEffort(effort);
        workflow.getSteps().add(step);
        return step;
    }

    static UseCase useCase(Portfolio portfolio, String name) {
        UseCase useCase = FACTORY.createUseCase();
        useCase.setName(name);
        portfolio.getUseCases().add(useCase);
        return useCase;
    }
}
