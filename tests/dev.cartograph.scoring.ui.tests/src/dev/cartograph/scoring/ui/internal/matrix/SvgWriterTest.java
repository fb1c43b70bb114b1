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
            List.of(new Bubble(300, 100, 20, BLUE, false, false, true, "R&D <pilot> \"one\""),
                    new Bubble(120, 250, 5, ORANGE, true, true, false, "No figure\u0001")),
            List.of(new MatrixPicture.Text(324, 92, 15, "#1 R&D <pilot>", null),
                    new MatrixPicture.Text(130, 280, 15, "#2 Far", new int[] { 123, 254, 130, 280 })),
            List.of(new MatrixPicture.LegendEntry(BLUE, false, false, "Internal")));

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
    void eachBubbleIsACircleWithItsColourAndDescription() throws Exception {
        List<Element> circles = children(group(parse(), "bubbles"), "circle");
        // the filled bubble and its selection ring; the hollow bubble, its gate ring
        assertEquals(4, circles.size());
        Element filled = circles.get(0);
        assertEquals("300", filled.getAttribute("cx"));
        assertEquals("100", filled.getAttribute("cy"));
        assertEquals("20", filled.getAttribute("r"));
        assertEquals("#2e6fb7", filled.getAttribute("fill"));
        assertEquals("R&D <pilot> \"one\"", filled.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("23", circles.get(1).getAttribute("r"), "the selection ring is 3 pixels out");
        assertEquals("none", circles.get(1).getAttribute("fill"));
        Element hollow = circles.get(2);
        assertEquals("#ffffff", hollow.getAttribute("fill"));
        assertEquals("#e08018", hollow.getAttribute("stroke"));
        assertEquals("No figure", hollow.getElementsByTagName("title").item(0).getTextContent(),
                "characters XML forbids are left out");
        assertEquals("#b02020", circles.get(3).getAttribute("stroke"), "a gated bubble is ringed in red");
        List<Element> strokes = children(group(parse(), "bubbles"), "line");
        assertEquals(1, strokes.size(), "and struck through");
    }

    @Test
    void labelsQuadrantsAndAxesAreWritten() throws Exception {
        Document document = parse();
        List<Element> labels = children(group(document, "labels"), "text");
        assertEquals(2, labels.size());
        assertEquals("#1 R&D <pilot>", labels.get(0).getTextContent());
        assertEquals("324", labels.get(0).getAttribute("x"));
        List<Element> leaders = children(group(document, "labels"), "line");
        assertEquals(1, leaders.size(), "only the label set away from its bubble has a leader line");
        assertEquals("123", leaders.get(0).getAttribute("x1"));
        assertEquals("280", leaders.get(0).getAttribute("y2"));
        List<String> texts = new ArrayList<>();
        for (Element text : children(group(document, "ticks"), "text")) {
            texts.add(text.getTextContent());
        }
        assertEquals(List.of("0", "100", "0", "100", "Feasibility", "Impact"), texts);
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
