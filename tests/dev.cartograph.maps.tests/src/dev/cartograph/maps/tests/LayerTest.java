// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.service.ValidationServices;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationReport;

/** The built-in layers: what each adds, never by colour alone, and following the live scoring. */
class LayerTest {

    private static Node useCaseNode(Diagram diagram, UseCase useCase) {
        return (Node) diagram.elementsFor(useCase).get(0);
    }

    @Test
    void quadrantColoursFollowTheScoringAndSayTheQuadrantInWords() {
        Portfolio sample = SamplePortfolio.build();
        Diagram before = Fixture.build(BuiltinMaps.PORTFOLIO_MAP, sample, BuiltinMaps.QUADRANT);
        ScoringResult scoring = Fixture.engine().score(sample);
        UseCase changed = null;
        for (UseCaseScore score : scoring.all()) {
            if (score.isScored()) {
                Node node = useCaseNode(before, score.useCase());
                assertTrue(node.details().contains(score.quadrant().label(Locale.ENGLISH)), node.details().toString());
            }
        }
        // Make feasibility weigh nothing but one criterion: quadrants move, and the map with them.
        for (CriterionSetting setting : sample.getScoring().getCriteria()) {
            if (!setting.getCriterionId().equals("strategic-value") && !setting.getCriterionId().equals("technical-complexity")) {
                setting.setWeight(0);
            }
        }
        ScoringResult after = Fixture.engine().score(sample);
        Diagram redrawn = Fixture.build(BuiltinMaps.PORTFOLIO_MAP, sample, BuiltinMaps.QUADRANT);
        for (UseCaseScore score : after.all()) {
            Quadrant old = scoring.find(score.useCase()).map(UseCaseScore::quadrant).orElse(null);
            if (score.isScored() && old != null && old != score.quadrant()) {
                changed = score.useCase();
                assertNotEquals(useCaseNode(before, changed).style().pattern(), useCaseNode(redrawn, changed).style().pattern());
                assertTrue(useCaseNode(redrawn, changed).details().contains(score.quadrant().label(Locale.ENGLISH)));
            }
        }
        assertTrue(changed != null, "changing the weights moved at least one use case to another quadrant");
    }

    @Test
    void automationHeatFlagsTheHotStepsWithoutUseCase() {
        Portfolio sample = SamplePortfolio.build();
        for (Workflow workflow : sample.getWorkflows()) {
            Diagram diagram = Fixture.build(BuiltinMaps.WORKFLOW_MAP, workflow, BuiltinMaps.AUTOMATION_HEAT);
            double max = workflow.getSteps().stream().mapToDouble(LayerTest::heat).max().orElse(0);
            for (WorkflowStep step : workflow.getSteps()) {
                Node node = (Node) diagram.elementsFor(step).get(0);
                boolean flagged = node.badges().stream().anyMatch(b -> b.id().equals(BuiltinMaps.AUTOMATION_HEAT));
                assertEquals(max > 0 && heat(step) >= max / 2 && step.getUseCases().isEmpty(), flagged, step.getName());
                assertTrue(node.details().stream().anyMatch(d -> d.startsWith("Manual time: ")), node.details().toString());
            }
        }
    }

    private static double heat(WorkflowStep step) {
        double volume = step.isSetVolume() ? step.getVolume() : step.getWorkflow().getVolume();
        return step.isSetManualEffort() ? volume * step.getManualEffort() : 0;
    }

    @Test
    void validationFindingsShowOnTheElementsTheyConcern() {
        Portfolio sample = SamplePortfolio.build();
        UseCase loose = CartographFactory.eINSTANCE.createUseCase();
        loose.setName("Loose idea");
        sample.getUseCases().add(loose);
        ScoringResult scoring = Fixture.engine().score(sample);
        PortfolioValidation validation = new PortfolioValidation(ValidationServices.getDefault().rules());
        ValidationReport report = validation.validate(sample, scoring, ValidationOptions.defaults().withLocale(Locale.ENGLISH));
        MapContext context = MapContext.builder(sample, scoring).layers(Set.of(BuiltinMaps.VALIDATION))
                .locale(Locale.ENGLISH).validation(() -> report).build();
        Diagram diagram = Fixture.maps().renderer().build(Fixture.map(BuiltinMaps.PORTFOLIO_MAP), context).orElseThrow().diagram();
        List<Finding> onLoose = report.findingsFor(loose);
        assertTrue(!onLoose.isEmpty(), "a use case anchored nowhere has findings");
        Badge badge = useCaseNode(diagram, loose).badges().stream().filter(b -> b.id().equals(BuiltinMaps.VALIDATION))
                .findFirst().orElseThrow();
        assertTrue(badge.text().endsWith(" " + onLoose.size()), badge.text());
        for (Finding finding : onLoose) {
            assertTrue(badge.tooltip().contains(finding.message()), badge.tooltip());
        }
        for (DiagramElement element : diagram.elements()) {
            if (element instanceof Node node && node.semantic() instanceof EObject object
                    && report.findingsFor(object).isEmpty()) {
                assertTrue(node.badges().stream().noneMatch(b -> b.id().equals(BuiltinMaps.VALIDATION)), node.toString());
            }
        }
    }

    @Test
    void theStatusAndWaveLayersWriteTheirValue() {
        Portfolio sample = SamplePortfolio.build();
        Diagram diagram = Fixture.build(BuiltinMaps.PORTFOLIO_MAP, sample, BuiltinMaps.STATUS, BuiltinMaps.WAVE);
        for (UseCase useCase : sample.getUseCases()) {
            Node node = useCaseNode(diagram, useCase);
            assertTrue(node.badges().stream().anyMatch(b -> b.id().equals(BuiltinMaps.STATUS) && !b.text().isBlank()));
            boolean planned = useCase.getWave() != null;
            assertEquals(planned, node.badges().stream().anyMatch(b -> b.id().equals(BuiltinMaps.WAVE)
                    && b.text().equals("W" + (sample.getRoadmap().getWaves().indexOf(useCase.getWave()) + 1))), useCase.getName());
        }
    }

    @Test
    void theEvidenceLayerMarksFrictionsWithoutEvidence() {
        Portfolio sample = SamplePortfolio.build();
        var friction = sample.getJourneys().get(0).getStages().get(0).getFrictions().get(0);
        friction.getEvidence().clear();
        Diagram diagram = Fixture.build(BuiltinMaps.JOURNEY_MAP, sample.getJourneys().get(0), BuiltinMaps.EVIDENCE);
        Node node = (Node) Fixture.only(diagram, friction);
        assertTrue(node.badges().stream().anyMatch(b -> b.id().equals(BuiltinMaps.BADGE_UNPROVEN) && b.text().equals("unproven")));
        var other = sample.getJourneys().get(0).getStages().get(0).getFrictions().get(1);
        Node supported = (Node) Fixture.only(diagram, other);
        assertTrue(supported.badges().stream().noneMatch(b -> b.id().equals(BuiltinMaps.BADGE_UNPROVEN)));
        assertTrue(supported.details().size() >= 2, "the kinds of evidence are written: " + supported.details());
    }

    /** Every line of a legend once, whichever layers are on, in either language. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "en", "fr" })
    void eachLegendLineIsWrittenOnce(String language) {
        Portfolio sample = SamplePortfolio.build();
        String[] all = { BuiltinMaps.QUADRANT, BuiltinMaps.AUTOMATION_HEAT, BuiltinMaps.FRICTION_HEAT, BuiltinMaps.WAVE,
                BuiltinMaps.STATUS, BuiltinMaps.EVIDENCE, BuiltinMaps.VALIDATION };
        List<EObject> subjects = new java.util.ArrayList<>();
        subjects.addAll(sample.getJourneys());
        subjects.addAll(sample.getWorkflows());
        subjects.add(sample);
        for (EObject subject : subjects) {
            String map = subject instanceof Portfolio ? BuiltinMaps.PORTFOLIO_MAP
                    : subject instanceof Workflow ? BuiltinMaps.WORKFLOW_MAP : BuiltinMaps.JOURNEY_MAP;
            Diagram diagram = Fixture.built(map, subject, Locale.forLanguageTag(language), all).diagram();
            List<String> lines = diagram.legend().items().stream().map(dev.cartograph.diagram.LegendItem::text).toList();
            assertEquals(List.copyOf(new java.util.LinkedHashSet<>(lines)), lines, map + " " + subject);
            List<String> notes = diagram.legend().notes();
            assertEquals(List.copyOf(new java.util.LinkedHashSet<>(notes)), notes, map + " " + subject);
        }
    }
}
