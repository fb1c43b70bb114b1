// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Severity;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.tests.support.SamplePortfolio;

/** The workflow map: swimlanes by actor, the flow along successors, what each step holds. */
class WorkflowMapTest {

    @Test
    void everyStepOfTheSampleIsInTheLaneOfItsActorWithItsSuccessorsAsEdges() {
        for (Workflow workflow : SamplePortfolio.build().getWorkflows()) {
            Diagram diagram = Fixture.build(BuiltinMaps.WORKFLOW_MAP, workflow);
            List<String> actors = workflow.getSteps().stream().map(WorkflowStep::getActor).distinct().toList();
            assertEquals(actors, diagram.bands().stream().map(Band::label).toList(), "lanes in order of first step");
            int edges = 0;
            for (WorkflowStep step : workflow.getSteps()) {
                Node node = (Node) diagram.elementsFor(step).get(0);
                assertEquals(step.getActor(), diagram.find(node.lane()).label());
                for (WorkflowStep successor : step.getSuccessors()) {
                    Node target = (Node) diagram.elementsFor(successor).get(0);
                    assertTrue(diagram.edges().stream().anyMatch(e -> e.source() == node && e.target() == target
                            && e.kind().equals(BuiltinMaps.SUCCESSOR)));
                    edges++;
                }
                assertEquals(step.getFrictions().size() + step.getUseCases().size(), node.children().size());
            }
            assertEquals(edges, diagram.edges().size());
        }
    }

    @Test
    void aStepShowsItsVolumeManualEffortAndErrorRate() {
        Workflow workflow = SamplePortfolio.build().getWorkflows().get(0);
        WorkflowStep step = workflow.getSteps().get(1);
        Node node = (Node) Fixture.build(BuiltinMaps.WORKFLOW_MAP, workflow).elementsFor(step).get(0);
        assertEquals(List.of("Volume: 15,000", "Manual effort: 4 min", "Error rate: 8 %"), node.details(),
                step.getName());
    }

    @Test
    void aCycleIsDrawnAndLaidOut() {
        Portfolio portfolio = Models.portfolio("Loop");
        Workflow workflow = Models.workflow(portfolio, "Review loop", Scope.INTERNAL, WorkflowCategory.LONG_TAIL);
        WorkflowStep draft = Models.step(workflow, "Draft", "Author", 10, 30);
        WorkflowStep review = Models.step(workflow, "Review", "Reviewer", 10, 15);
        WorkflowStep publish = Models.step(workflow, "Publish", "Author", 10, 5);
        draft.getSuccessors().add(review);
        review.getSuccessors().add(draft);
        review.getSuccessors().add(publish);
        BuiltMap built = Fixture.render(BuiltinMaps.WORKFLOW_MAP, workflow);
        assertEquals(3, built.diagram().edges().size());
        for (Edge edge : built.diagram().edges()) {
            assertTrue(edge.route().size() >= 2, "every successor edge is routed: " + edge);
        }
        assertEquals(List.of("Author", "Reviewer"), built.diagram().bands().stream().map(Band::label).toList());
    }

    @Test
    void aStepWithTwentyUseCasesHoldsThemAll() {
        Portfolio portfolio = Models.portfolio("Crowded");
        Workflow workflow = Models.workflow(portfolio, "Crowded", Scope.INTERNAL, WorkflowCategory.HIGH_VOLUME_REPETITIVE);
        WorkflowStep step = Models.step(workflow, "Everybody's favourite step", "Clerk", 1000, 12);
        Friction friction = Models.friction(step, "Retyping", Severity.HIGH, Frequency.CONSTANT);
        for (int i = 1; i <= 20; i++) {
            UseCase useCase = Models.useCase(portfolio, "Use case " + i);
            useCase.getSteps().add(step);
            useCase.getFrictions().add(friction);
        }
        Diagram diagram = Fixture.render(BuiltinMaps.WORKFLOW_MAP, workflow, BuiltinMaps.QUADRANT).diagram();
        Node node = (Node) diagram.elementsFor(step).get(0);
        assertEquals(21, node.children().size());
        Set<String> ids = node.children().stream().map(Node::id).collect(Collectors.toSet());
        assertEquals(21, ids.size(), "distinct ids");
        assertTrue(node.children().stream().skip(1).allMatch(n -> n.kind().equals(BuiltinMaps.USE_CASE)));
    }

    @Test
    void aVeryLongNameIsKeptWholeInTheTooltipAndWrappedInItsBox() {
        Portfolio portfolio = Models.portfolio("Long");
        Workflow workflow = Models.workflow(portfolio, "Long", Scope.INTERNAL, WorkflowCategory.LONG_TAIL);
        String name = "Reconcile ".repeat(60).strip();
        WorkflowStep step = Models.step(workflow, name, "A very long actor name that goes on and on and on and on", 1, 1);
        Node node = (Node) Fixture.render(BuiltinMaps.WORKFLOW_MAP, workflow).diagram().elementsFor(step).get(0);
        assertEquals(name, node.label());
        assertTrue(node.tooltip().startsWith(name));
        assertTrue(node.labelLines().size() > 1, "wrapped: " + node.labelLines());
    }

    @Test
    void stepsWithoutActorShareALastLane() {
        Portfolio portfolio = Models.portfolio("Anonymous");
        Workflow workflow = Models.workflow(portfolio, "Anonymous", Scope.EXTERNAL, WorkflowCategory.CUSTOMER_FACING);
        Models.step(workflow, "Someone", "", 1, 1);
        Models.step(workflow, "Named", "Agent", 1, 1);
        Models.step(workflow, "Nobody", null, 1, 1);
        Diagram diagram = Fixture.build(BuiltinMaps.WORKFLOW_MAP, workflow);
        assertEquals(List.of("Agent", "No actor given"), diagram.bands().stream().map(Band::label).toList());
    }
}
