// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import java.time.LocalDate;
import java.util.List;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Channel;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.EvidenceKind;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Period;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Severity;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Touchpoint;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;

/** Small factory helpers shared by the parts of the sample portfolio. */
@SuppressWarnings("nls")
final class ModelParts {

    static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    /** Root of the (fictional) research repository that evidence links point to. */
    private static final String RESEARCH = "https://research.kestrelmutual.example/";

    private ModelParts() {
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static JourneyStage stage(CustomerJourney journey, String name, StageKind kind, String description) {
        JourneyStage stage = FACTORY.createJourneyStage();
        stage.setName(name);
        stage.setKind(kind);
        stage.setDescription(description);
        journey.getStages().add(stage);
        return stage;
    }

    static Touchpoint touchpoint(JourneyStage stage, String name, Channel channel, String description) {
        Touchpoint touchpoint = FACTORY.createTouchpoint();
        touchpoint.setName(name);
        touchpoint.setChannel(channel);
        touchpoint.setDescription(description);
        stage.getTouchpoints().add(touchpoint);
        return touchpoint;
    }

    /** A friction found at a journey stage, seen through the given touchpoints. */
    static Friction friction(JourneyStage stage, String name, Severity severity, Frequency frequency,
            String description, Touchpoint... touchpoints) {
        Friction friction = friction(stage.getFrictions(), name, severity, frequency, description);
        friction.getTouchpoints().addAll(List.of(touchpoints));
        return friction;
    }

    /** A friction observed at a workflow step (employee pain). */
    static Friction friction(WorkflowStep step, String name, Severity severity, Frequency frequency,
            String description) {
        return friction(step.getFrictions(), name, severity, frequency, description);
    }

    private static Friction friction(List<Friction> owner, String name, Severity severity, Frequency frequency,
            String description) {
        Friction friction = FACTORY.createFriction();
        friction.setName(name);
        friction.setSeverity(severity);
        friction.setFrequency(frequency);
        friction.setDescription(description);
        owner.add(friction);
        return friction;
    }

    /** Evidence in the words of a customer or an employee. */
    static void said(Friction friction, EvidenceKind kind, String source, String quote, String page,
            LocalDate collectedOn) {
        evidence(friction, kind, source, page, collectedOn).setQuote(quote);
    }

    /** Evidence as a measured figure, with its unit. */
    static void measured(Friction friction, EvidenceKind kind, String source, String figure, String page,
            LocalDate collectedOn) {
        evidence(friction, kind, source, page, collectedOn).setFigure(figure);
    }

    private static Evidence evidence(Friction friction, EvidenceKind kind, String source, String page,
            LocalDate collectedOn) {
        Evidence evidence = FACTORY.createEvidence();
        evidence.setKind(kind);
        evidence.setSource(source);
        evidence.setLink(RESEARCH + page);
        evidence.setCollectedOn(collectedOn);
        friction.getEvidence().add(evidence);
        return evidence;
    }

    /** A workflow run by the given unit, {@code volume} times per {@code period}. */
    static Workflow workflow(String name, Scope scope, WorkflowCategory category, String owningUnit, double volume,
            Period period, String description) {
        Workflow workflow = FACTORY.createWorkflow();
        workflow.setName(name);
        workflow.setScope(scope);
        workflow.setCategory(category);
        workflow.setOwningUnit(owningUnit);
        workflow.setVolume(volume);
        workflow.setPeriod(period);
        workflow.setDescription(description);
        return workflow;
    }

    /**
     * A workflow step.
     *
     * @param effort manual minutes per execution
     * @param volume executions per period of the workflow
     * @param errorRate share of executions that need rework
     */
    static WorkflowStep step(Workflow workflow, String name, String actor, double effort, double volume,
            double errorRate, String description) {
        WorkflowStep step = FACTORY.createWorkflowStep();
        step.setName(name);
        step.setActor(actor);
        step.setManualEffort(effort);
        step.setVolume(volume);
        step.setErrorRate(errorRate);
        step.setDescription(description);
        workflow.getSteps().add(step);
        return step;
    }

    /** Links a step to the steps that may follow it. */
    static void flow(WorkflowStep from, WorkflowStep... to) {
        from.getSuccessors().addAll(List.of(to));
    }
}
