// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.MapRenderer;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Severity;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.tests.support.SamplePortfolio;

/** The SVG of a map: the same bytes for the same model, well-formed, and every text kept as text. */
class SvgTest {

    private static EObject subject(String mapId, Portfolio portfolio) {
        return switch (mapId) {
        case BuiltinMaps.JOURNEY_MAP -> portfolio.getJourneys().get(0);
        case BuiltinMaps.WORKFLOW_MAP -> portfolio.getWorkflows().get(0);
        default -> portfolio;
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { BuiltinMaps.JOURNEY_MAP, BuiltinMaps.WORKFLOW_MAP, BuiltinMaps.PORTFOLIO_MAP })
    void theSameModelGivesTheSameSvgBytes(String mapId) throws Exception {
        String[] layers = { BuiltinMaps.QUADRANT, BuiltinMaps.AUTOMATION_HEAT, BuiltinMaps.FRICTION_HEAT,
                BuiltinMaps.WAVE, BuiltinMaps.STATUS, BuiltinMaps.EVIDENCE };
        String first = MapRenderer.svg(Fixture.render(mapId, subject(mapId, SamplePortfolio.build()), layers));
        String second = MapRenderer.svg(Fixture.render(mapId, subject(mapId, SamplePortfolio.build()), layers));
        assertEquals(first, second);
        Document document = parse(first);
        assertEquals("svg", document.getDocumentElement().getLocalName());
    }

    @Test
    void aNameWithMarkupStaysText() throws Exception {
        Portfolio portfolio = Models.portfolio("<b>Bold</b> & co");
        CustomerJourney journey = Models.journey(portfolio, "<script>alert('x')</script>");
        Models.friction(Models.stage(journey, "Stage \"quoted\" & <tagged>", StageKind.DISCOVERY),
                "]]> <!-- not a comment -->", Severity.HIGH, Frequency.RARE, true);
        String svg = MapRenderer.svg(Fixture.render(BuiltinMaps.JOURNEY_MAP, journey));
        assertFalse(svg.contains("<script"), "no element named script");
        assertFalse(svg.contains("<!-- not a comment"));
        Document document = parse(svg);
        assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
        assertTrue(document.getDocumentElement().getTextContent().contains("<script>alert('x')</script>"));
        assertTrue(document.getDocumentElement().getTextContent().contains("]]> <!-- not a comment -->"));
    }

    @Test
    void rightToLeftAndEmojiTextIsKept() throws Exception {
        Portfolio portfolio = Models.portfolio("\u05ea\u05d9\u05e7 \u05dc\u05e7\u05d5\u05d7\u05d5\u05ea");
        Workflow workflow = Models.workflow(portfolio, "\u0645\u0639\u0627\u0644\u062c\u0629 \u0627\u0644\u0641\u0648\u0627\u062a\u064a\u0631 \uD83E\uDDFE",
                Scope.INTERNAL, WorkflowCategory.HIGH_VOLUME_REPETITIVE);
        Models.step(workflow, "\uD83D\uDE80 Launch \u2014 \u0625\u0637\u0644\u0627\u0642", "\u05e6\u05d5\u05d5\u05ea", 10, 5);
        String svg = MapRenderer.svg(Fixture.render(BuiltinMaps.WORKFLOW_MAP, workflow));
        String text = parse(svg).getDocumentElement().getTextContent();
        assertTrue(text.contains("\u0645\u0639\u0627\u0644\u062c\u0629 \u0627\u0644\u0641\u0648\u0627\u062a\u064a\u0631 \uD83E\uDDFE"), text);
        assertTrue(text.contains("\u05e6\u05d5\u05d5\u05ea"), "the actor's lane");
        assertTrue(text.contains("\uD83D\uDE80"), "the emoji of the step");
    }

    @Test
    void aPngIsWrittenWithoutADisplay() throws Exception {
        BuiltMap built = Fixture.render(BuiltinMaps.JOURNEY_MAP, SamplePortfolio.build().getJourneys().get(0),
                BuiltinMaps.QUADRANT);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MapRenderer.writePng(built, 1, png);
        var image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals((int) Math.ceil(built.diagram().bounds().width()), image.getWidth());
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
