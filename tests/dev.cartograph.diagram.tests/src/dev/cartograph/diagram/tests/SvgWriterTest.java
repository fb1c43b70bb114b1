// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.render.PaintState;
import dev.cartograph.diagram.render.SvgWriter;
import dev.cartograph.diagram.text.TextMetrics;

class SvgWriterTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameDiagramGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        SvgWriter.write(Fixtures.journey("Waits"), first);
        SvgWriter.write(Fixtures.journey("Waits"), second);
        assertTrue(first.size() > 1000);
        assertEquals(first.toString(StandardCharsets.UTF_8), second.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theMachinesLanguageChangesNothing() {
        Locale before = Locale.getDefault();
        String english = SvgWriter.svg(Fixtures.journey("Waits"));
        try {
            Locale.setDefault(Locale.FRANCE);
            assertEquals(english, SvgWriter.svg(Fixtures.journey("Waits")));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aSmallEditGivesASmallChange() {
        String before = SvgWriter.svg(Fixtures.journey("Waits"));
        String after = SvgWriter.svg(Fixtures.journey("Wait"));
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertEquals(a.size(), b.size());
        long changed = 0;
        for (int i = 0; i < a.size(); i++) {
            changed += a.get(i).equals(b.get(i)) ? 0 : 1;
        }
        assertTrue(changed > 0 && changed <= 3, changed + " lines changed");
    }

    @Test
    void theDocumentIsWellFormedWithAViewBoxAndOneFontFamily() throws Exception {
        String svg = SvgWriter.svg(Fixtures.journey("Waits"));
        Element root = parse(svg).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("0 0 800 600", root.getAttribute("viewBox"));
        assertEquals("800", root.getAttribute("width"));
        assertEquals(SvgWriter.FONT_FAMILY, root.getAttribute("font-family"));
        assertEquals(1, svg.split("font-family=", -1).length - 1, "the family is said once, on the root");
    }

    @Test
    void everyElementIsAGroupWithItsIdAndKind() throws Exception {
        Diagram d = Fixtures.journey("Waits");
        Document doc = parse(SvgWriter.svg(d));
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            ids.add(g.getAttribute("data-element"));
            assertEquals(d.find(g.getAttribute("data-element")).kind(), g.getAttribute("data-kind"));
        }
        assertEquals(Set.copyOf(d.elements().stream().map(DiagramElement::id).toList()), Set.copyOf(ids));
        Element child = find(doc, "step:w1.1");
        assertEquals("workflow:w1", ((Element) child.getParentNode()).getAttribute("data-element"), "a child's group is inside its container's");
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert('x')</script>", "Tom & Jerry \"quoted\" <b>", "bell\u0007 and nul\u0000 and lone \ud800 surrogate",
            "\u0645\u0631\u062d\u0628\u0627 \ud83d\ude80 caf\u00e9" })
    void labelsStayText(String name) throws Exception {
        Diagram d = Fixtures.journey(name);
        d.find("friction:f1").setTooltip(name);
        String svg = SvgWriter.svg(d);
        Document doc = parse(svg);
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "no script element");
        assertEquals(0, doc.getElementsByTagNameNS("*", "b").getLength(), "no markup from a name");
        Element group = find(doc, "friction:f1");
        String expected = name.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]|\\p{Cs}", "\ufffd");
        String title = group.getElementsByTagNameNS("*", "title").item(0).getTextContent();
        assertEquals(expected, title, "the tooltip keeps the whole name, as text");
        StringBuilder shown = new StringBuilder();
        NodeList texts = group.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            shown.append(texts.item(i).getTextContent()).append(' ');
        }
        String firstWord = expected.split(" ")[0];
        assertTrue(shown.toString().contains(firstWord), shown + " shows " + firstWord);
    }

    @Test
    void selectionCanBeWrittenToo() throws Exception {
        Diagram d = Fixtures.journey("Waits");
        String plain = SvgWriter.svg(d);
        String selected = SvgWriter.svg(d, new PaintState(Set.of("friction:f1"), Set.of(), "friction:f1", false), TextMetrics.standard());
        parse(selected);
        assertTrue(selected.length() > plain.length());
        assertTrue(selected.contains("stroke-dasharray"));
    }

    private static Element find(Document doc, String id) {
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (id.equals(g.getAttribute("data-element"))) {
                return g;
            }
        }
        throw new AssertionError("no group for " + id);
    }
}
