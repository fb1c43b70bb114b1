// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.maps.MapLayer;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.tests.support.SamplePortfolio;

/** The example third-party plug-in's layer: the EU AI Act risk class as a badge on every use case. */
class ExampleLayerTest {

    private static final String LAYER = "example.aiActRisk";
    private static final String EXAMPLE = "dev.cartograph.example.criterion";

    private static void rate(UseCase useCase, double... values) {
        for (int i = 0; i < values.length; i++) {
            Score score = CartographFactory.eINSTANCE.createScore();
            score.setCriterionId("ai-act-risk");
            score.setValue(values[i]);
            score.setAssessor("Assessor " + i);
            useCase.getScores().add(score);
        }
    }

    private static Badge badge(Diagram diagram, UseCase useCase) {
        Node node = (Node) diagram.elementsFor(useCase).get(0);
        return node.badges().stream().filter(b -> b.id().equals(LAYER)).findFirst()
                .orElseThrow(() -> new AssertionError("no AI Act badge on " + node));
    }

    @Test
    void theLayerIsContributedByTheExamplePlugInForEveryKindOfMap() {
        MapLayer layer = Fixture.maps().layers().find(LAYER).orElseThrow();
        assertEquals(EXAMPLE, layer.contributor());
        assertEquals("EU AI Act risk class", layer.label());
        for (MapKind kind : MapKind.values()) {
            assertTrue(layer.appliesTo(kind));
        }
        assertTrue(!layer.enabledByDefault());
    }

    @Test
    void everyUseCaseGetsItsRiskClassFromItsRatingInTheLiveScoring() {
        Portfolio sample = SamplePortfolio.build();
        CriterionSetting setting = CartographFactory.eINSTANCE.createCriterionSetting();
        setting.setCriterionId("ai-act-risk");
        setting.setEnabled(true);
        setting.setWeight(1);
        sample.getScoring().getCriteria().add(setting);
        UseCase high = sample.getUseCases().get(0);
        UseCase minimal = sample.getUseCases().get(1);
        UseCase unacceptable = sample.getUseCases().get(2);
        UseCase unrated = sample.getUseCases().get(3);
        rate(high, 3, 4); // median 3.5: high
        rate(minimal, 1);
        rate(unacceptable, 4, 4);
        Diagram diagram = Fixture.build(BuiltinMaps.PORTFOLIO_MAP, sample, LAYER);
        assertEquals("AI Act: high", badge(diagram, high).text());
        assertEquals(NodeShape.HEXAGON, badge(diagram, high).style().shape());
        assertTrue(badge(diagram, high).tooltip().contains("rated 3.5 out of 4"), badge(diagram, high).tooltip());
        assertEquals("AI Act: minimal", badge(diagram, minimal).text());
        assertEquals("AI Act: unacceptable", badge(diagram, unacceptable).text());
        assertEquals(NodeShape.DIAMOND, badge(diagram, unacceptable).style().shape());
        assertEquals("AI Act: ?", badge(diagram, unrated).text());
        assertTrue(diagram.legend().items().stream().anyMatch(i -> i.text().startsWith("EU AI Act: high risk")));

        Diagram french = Fixture.built(BuiltinMaps.PORTFOLIO_MAP, sample, Locale.FRENCH, LAYER).diagram();
        assertEquals("AI Act : \u00e9lev\u00e9", badge(french, high).text());
    }

    @Test
    void withoutTheCriterionInThePortfolioNoUseCaseIsAssessed() {
        Portfolio sample = SamplePortfolio.build();
        Diagram diagram = Fixture.build(BuiltinMaps.JOURNEY_MAP, sample.getJourneys().get(0), LAYER);
        for (Node node : diagram.allNodes()) {
            if (node.semantic() instanceof UseCase useCase) {
                assertEquals("AI Act: ?", badge(diagram, useCase).text());
            }
        }
    }
}
