// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.cartograph.scoring.ui.internal.matrix.MatrixPicture.Bubble;
import dev.cartograph.scoring.ui.internal.matrix.MatrixPicture.Rect;
import dev.cartograph.scoring.ui.internal.matrix.MatrixPicture.Rgb;

/** The SVG export draws what the picture holds, as a well-formed SVG document. */
class SvgWriterTest {

    private static final Rgb BLUE = new Rgb(46, 111, 183);
    private static final Rgb ORANGE = new Rgb(224, 128, 24);

    private final MatrixPicture picture = new MatrixPicture(500, 400, new Rect(60, 20, 420, 300), "Feasibility", "Impact",
            List.of(new MatrixPicture.Tick(60, "0"), new MatrixPicture.Tick(480, "100")),
            List.of(new MatrixPicture.Tick(320, "0"), new MatrixPicture.Tick(20, "100")),
            List.of(new MatrixPicture.Quadrant(new Rect(270, 20, 210, 150), new Rgb(233, 246, 231), "Quick win", true,
                    true)),
            270, 170,
            List.of(new Bubble(300, 100, 20, BLUE, false, false, false, true, "R&D <pilot> \"one\""),
                    new Bubble(120, 250, 5, ORANGE, true, true, true, false, "No figure\u0001")),
            List.of(new MatrixPicture.Text(324, 92, 90, 15, "#1 R&D <pilot>", null),
                    new MatrixPicture.Text(130, 280, 40, 15, "#2 Far", new int[] { 123, 254, 130, 280 })),
            List.of(new MatrixPicture.LegendEntry(BLUE, false, false, false, "Internal")));

    @Test
    void theDocumentHasThePictureSizeAndParses() throws Exception {
        Element svg = parse().getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("500", svg.getAttribute("width"));
        assertEquals("400", svg.getAttribute("height"));
        assertEquals("0 0 500 400", svg.getAttribute("viewBox"));
    }

    @Test
    void eachBubbleIsAGroupWithItsDescriptionAndCircles() throws Exception {
        List<Element> bubbles = children(group(parse(), "bubbles"), "g");
        assertEquals(2, bubbles.size());
        Element first = bubbles.get(0);
        assertEquals("R&D <pilot> \"one\"", children(first, "title").get(0).getTextContent());
        List<Element> circles = children(first, "circle");
        assertEquals(2, circles.size(), "the bubble and its selection ring");
        assertEquals("300", circles.get(0).getAttribute("cx"));
        assertEquals("100", circles.get(0).getAttribute("cy"));
        assertEquals("20", circles.get(0).getAttribute("r"));
        assertEquals("#2e6fb7", circles.get(0).getAttribute("fill"));
        assertEquals("23", circles.get(1).getAttribute("r"), "the selection ring is 3 pixels out");
        assertEquals("none", circles.get(1).getAttribute("fill"));
        Element second = bubbles.get(1);
        assertEquals("No figure", children(second, "title").get(0).getTextContent(),
                "characters XML forbids are left out");
        List<Element> hollow = children(second, "circle");
        assertEquals("#ffffff", hollow.get(0).getAttribute("fill"));
        assertEquals("#e08018", hollow.get(0).getAttribute("stroke"));
        assertEquals("#b02020", hollow.get(1).getAttribute("stroke"), "a gated bubble is ringed in red");
        assertEquals(1, children(second, "line").size(), "and struck through");
        assertEquals("2 2", hollow.get(2).getAttribute("stroke-dasharray"), "a partially scored bubble has a dotted ring");
        assertEquals("7", hollow.get(2).getAttribute("r"), "2 pixels out");
    }

    @Test
    void labelsQuadrantsAndAxesAreWritten() throws Exception {
        Document document = parse();
        List<Element> labels = children(group(document, "labels"), "text");
        assertEquals(2, labels.size());
        assertEquals("#1 R&D <pilot>", labels.get(0).getTextContent());
        assertEquals("324", labels.get(0).getAttribute("x"));
        List<Element> halos = children(group(document, "labels"), "rect");
        assertEquals("94", halos.get(0).getAttribute("width"), "a light background 2 pixels wider each side");
        List<Element> leaders = children(group(document, "labels"), "line");
        assertEquals(1, leaders.size(), "only the label set away from its bubble has a leader line");
        assertEquals("123", leaders.get(0).getAttribute("x1"));
        assertEquals("280", leaders.get(0).getAttribute("y2"));
        List<String> texts = new ArrayList<>();
        for (Element text : children(group(document, "ticks"), "text")) {
            texts.add(text.getTextContent());
        }
        assertEquals(List.of("0", "100", "0", "100", "Feasibility", "Impact"), texts);
        Element yTitle = children(group(document, "ticks"), "text").get(5);
        assertEquals("translate(22 170) rotate(-90)", yTitle.getAttribute("transform"), "written upwards, left of the plot");
        List<Element> quadrantTexts = children(group(document, "quadrants"), "text");
        assertEquals("Quick win", quadrantTexts.get(0).getTextContent());
        assertEquals("end", quadrantTexts.get(0).getAttribute("text-anchor"));
        String svg = SvgWriter.write(picture);
        assertTrue(svg.contains("stroke-dasharray=\"6,4\""), "the thresholds are dashed lines");
    }

    private Document parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(SvgWriter.write(picture).getBytes(StandardCharsets.UTF_8)));
    }

    private static Element group(Document document, String id) {
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (id.equals(group.getAttribute("id"))) {
                return group;
            }
        }
        throw new AssertionError("no group " + id);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
