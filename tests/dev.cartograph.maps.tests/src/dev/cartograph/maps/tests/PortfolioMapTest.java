// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Node;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Severity;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.tests.support.SamplePortfolio;

/** The portfolio map: four regions, containers, use cases pinned, aggregation and the friction trace. */
class PortfolioMapTest {

    @Test
    void workflowsAndJourneysAreContainersInTheirRegions() {
        Portfolio sample = SamplePortfolio.build();
        Diagram diagram = Fixture.build(BuiltinMaps.PORTFOLIO_MAP, sample);
        assertEquals(List.of("Internal: high-volume, repetitive", "Internal: the long tail", "External workflows",
                "Customer journeys"), diagram.bands().stream().map(Band::label).toList());
        for (Workflow workflow : sample.getWorkflows()) {
            Node container = (Node) Fixture.only(diagram, workflow);
            String expected = workflow.getScope() == Scope.EXTERNAL || workflow.getCategory() == WorkflowCategory.CUSTOMER_FACING
                    ? "region:external"
                    : workflow.getCategory() == WorkflowCategory.LONG_TAIL ? "region:internalLongTail" : "region:internalHighVolume";
            assertEquals(expected, container.lane(), workflow.getName());
            assertEquals(workflow.getSteps(), container.children().stream().map(Node::semantic).toList());
        }
        for (CustomerJourney journey : sample.getJourneys()) {
            Node container = (Node) Fixture.only(diagram, journey);
            assertEquals("region:journeys", container.lane());
            assertEquals(journey.getStages(), container.children().stream().map(Node::semantic).toList());
        }
    }

    @Test
    void everyUseCaseIsPinnedOnEachStepItIsAnchoredOn() {
        Portfolio sample = SamplePortfolio.build();
        Diagram diagram = Fixture.build(BuiltinMaps.PORTFOLIO_MAP, sample);
        for (UseCase useCase : sample.getUseCases()) {
            List<Node> pins = diagram.elementsFor(useCase).stream().map(Node.class::cast).toList();
            assertFalse(pins.isEmpty(), useCase.getName());
            for (WorkflowStep step : useCase.getSteps()) {
                assertTrue(pins.stream().anyMatch(p -> p.parent().semantic() == step), useCase.getName() + " on " + step.getName());
            }
        }
    }

    @Test
    void aLargePortfolioIsAggregatedWithCountsPerQuadrant() {
        Portfolio sample = SamplePortfolio.build();
        MapContext context = MapContext.builder(sample, Fixture.engine().score(sample)).layers(Set.of())
                .locale(Locale.ENGLISH).aggregationThreshold(10).build();
        Diagram diagram = Fixture.maps().renderer().build(Fixture.map(BuiltinMaps.PORTFOLIO_MAP), context).orElseThrow().diagram();
        assertTrue(diagram.subtitle().startsWith("Portfolio map, aggregated"), diagram.subtitle());
        for (Node container : diagram.nodes()) {
            assertTrue(container.isCollapsed(), container.toString());
            assertTrue(container.children().isEmpty());
        }
        Workflow workflow = sample.getWorkflows().get(0);
        Node container = (Node) Fixture.only(diagram, workflow);
        long useCases = workflow.getSteps().stream().flatMap(s -> s.getUseCases().stream()).distinct().count();
        int counted = container.badges().stream().filter(b -> b.id().startsWith(BuiltinMaps.BADGE_QUADRANT_COUNT))
                .mapToInt(b -> Integer.parseInt(b.text().substring(b.text().indexOf(' ') + 1))).sum();
        assertEquals(useCases, counted);
        assertTrue(container.details().contains(useCases + " use cases"), container.details().toString());
    }

    @Test
    void aJourneyFrictionIsTracedToTheInternalStepsWhereTheSameFrictionIsObserved() {
        Portfolio portfolio = Models.portfolio("Trace");
        CustomerJourney journey = Models.journey(portfolio, "Claims");
        JourneyStage report = Models.stage(journey, "Report a claim", StageKind.SUPPORT);
        Friction customerSide = Models.friction(report, "Claim status unknown", Severity.HIGH, Frequency.FREQUENT, true);
        Workflow internal = Models.workflow(portfolio, "Claims handling", Scope.INTERNAL, WorkflowCategory.HIGH_VOLUME_REPETITIVE);
        WorkflowStep sameName = Models.step(internal, "Update claim", "Handler", 100, 5);
        Friction observed = Models.friction(sameName, "  claim STATUS   unknown ", Severity.MEDIUM, Frequency.FREQUENT);
        WorkflowStep sharedUseCase = Models.step(internal, "Notify", "Handler", 100, 5);
        Friction notifying = Models.friction(sharedUseCase, "Manual letters", Severity.LOW, Frequency.FREQUENT);
        WorkflowStep unrelated = Models.step(internal, "Archive", "Clerk", 100, 5);
        Workflow external = Models.workflow(portfolio, "Call centre", Scope.EXTERNAL, WorkflowCategory.CUSTOMER_FACING);
        WorkflowStep outside = Models.step(external, "Answer calls", "Agent", 100, 5);
        Models.friction(outside, "Claim status unknown", Severity.HIGH, Frequency.FREQUENT);
        UseCase tracker = Models.useCase(portfolio, "Claim tracker");
        tracker.getFrictions().add(customerSide);
        tracker.getFrictions().add(notifying);

        var trace = Fixture.map(BuiltinMaps.PORTFOLIO_MAP).builder().trace(customerSide,
                Fixture.context(portfolio, Set.of(), Locale.ENGLISH));
        assertEquals(List.of(tracker, observed, sameName, internal, notifying, sharedUseCase), List.copyOf(trace));
        assertFalse(trace.contains(unrelated));
        assertFalse(trace.contains(outside), "external workflows are not traced");
    }

    @Test
    void useCasesAnchoredNowhereHaveARegionOfTheirOwn() {
        Portfolio portfolio = Models.portfolio("Loose");
        UseCase loose = Models.useCase(portfolio, "Idea from a workshop");
        Diagram diagram = Fixture.build(BuiltinMaps.PORTFOLIO_MAP, portfolio);
        assertEquals("Not anchored yet", diagram.find("region:unanchored").label());
        Node pin = (Node) Fixture.only(diagram, loose);
        assertEquals("region:unanchored", pin.parent().lane());
    }
}
