// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.render.DiagramPainter;
import dev.cartograph.diagram.render.NodeText;
import dev.cartograph.diagram.render.PaintState;
import dev.cartograph.diagram.text.TextMetrics;

class DiagramPainterTest {

    private static RecordingGraphics paint(Diagram d, PaintState state, Bounds clip) {
        RecordingGraphics g = new RecordingGraphics();
        new DiagramPainter().paint(d, g, state, clip);
        return g;
    }

    @Test
    void everyElementIsPaintedInItsOwnGroup() {
        Diagram d = Fixtures.journey("Waits for a call back");
        RecordingGraphics g = paint(d, PaintState.NONE, null);
        assertEquals(List.of("stage:s1", "stage:s2", "curve:pain", "friction:f1", "friction:f2", "workflow:w1", "step:w1.1", "edge:f1-f2"),
                g.begun.stream().filter(id -> !id.startsWith("lane")).toList());
        assertTrue(g.begun.contains("lane:frictions"));
        assertTrue(g.of("step:w1.1").stream().anyMatch(c -> "Check the claim".equals(c.text())), "the child's label is drawn");
        assertTrue(g.calls.stream().anyMatch(c -> c.text() != null && c.text().startsWith("Pain =")),
                "the legend's note is drawn");
        assertTrue(g.calls.stream().anyMatch(c -> "Journey: Claims".equals(c.text())), "the title is drawn");
    }

    @Test
    void textStaysInsideItsBox() {
        Diagram d = Fixtures.journey("A friction whose name is far too long to fit on one line of a box of two hundred units");
        TextMetrics m = TextMetrics.standard();
        RecordingGraphics g = paint(d, PaintState.NONE, null);
        for (Node node : d.allNodes()) {
            Bounds b = node.bounds();
            List<RecordingGraphics.Call> texts = g.of(node.id()).stream().filter(c -> "text".equals(c.op())).toList();
            assertFalse(texts.isEmpty(), node.id());
            for (RecordingGraphics.Call t : texts) {
                double w = m.width(t.text(), t.font());
                assertTrue(t.x() >= b.x() && t.x() + w <= b.right() + 0.01, node.id() + " '" + t.text() + "' runs out of its box sideways");
                assertTrue(t.y() - t.font().size() >= b.y() && t.y() <= b.bottom(), node.id() + " '" + t.text() + "' runs out of its box");
            }
        }
        Node first = (Node) d.find("friction:f1");
        assertTrue(first.labelLines().size() > 1, "the long label is wrapped");
        assertTrue(first.labelLines().size() <= NodeText.MAX_LABEL_LINES);
    }

    @Test
    void clipSkipsElementsOutsideIt() {
        Diagram d = Fixtures.journey("Waits");
        Bounds aroundFirst = d.find("friction:f1").bounds();
        RecordingGraphics g = paint(d, PaintState.NONE, aroundFirst);
        assertTrue(g.begun.contains("friction:f1"));
        assertFalse(g.begun.contains("friction:f2"), "a node right of the clip is not painted");
        assertFalse(g.begun.contains("workflow:w1"), "a container below the clip is not painted");
        assertFalse(g.begun.contains("step:w1.1"), "nor its child");
        assertTrue(g.calls.stream().noneMatch(c -> "Legend".equals(c.text())), "the legend outside the clip is not painted");
        RecordingGraphics all = paint(d, PaintState.NONE, null);
        assertTrue(g.calls.size() * 2 < all.calls.size(), "a clipped repaint draws much less: " + g.calls.size() + " vs " + all.calls.size());
    }

    @Test
    void selectionAndFocusAreMarkedByLinesNotOnlyColour() {
        Diagram d = Fixtures.journey("Waits");
        RecordingGraphics plain = paint(d, PaintState.NONE, null);
        RecordingGraphics marked = paint(d, new PaintState(Set.of("friction:f1"), Set.of("friction:f2"), "friction:f1", false), null);
        double plainWidth = maxOutline(plain, "friction:f1");
        assertTrue(maxOutline(marked, "friction:f1") >= plainWidth + 1.5, "the selected node's outline is thicker");
        assertTrue(marked.of("friction:f1").stream().anyMatch(c -> "outline".equals(c.op()) && c.line() == LinePattern.DASHED),
                "the focused node has a dashed frame");
        assertTrue(marked.of("friction:f2").stream().anyMatch(c -> "outline".equals(c.op()) && c.line() == LinePattern.DOTTED && c.width() >= 2),
                "the highlighted node has a thick dotted halo");
        assertTrue(marked.of("friction:f2").stream().noneMatch(c -> "outline".equals(c.op()) && c.line() == LinePattern.DASHED),
                "only the focused node has the focus frame");
    }

    @Test
    void dimOthersFadesWhatIsNotHighlighted() {
        Diagram d = Fixtures.journey("Waits");
        RecordingGraphics g = paint(d, new PaintState(Set.of(), Set.of("friction:f1"), null, true), null);
        RecordingGraphics plain = paint(d, PaintState.NONE, null);
        assertEquals(fill(plain, "friction:f1"), fill(g, "friction:f1"), "the highlighted node keeps its colour");
        assertNotEquals(fill(plain, "friction:f2"), fill(g, "friction:f2"), "the other node is faded");
        assertTrue(fill(g, "friction:f2").luminance() > fill(plain, "friction:f2").luminance(), "faded means lighter");
    }

    private static double maxOutline(RecordingGraphics g, String id) {
        return g.of(id).stream().filter(c -> "outline".equals(c.op()) && c.line() == LinePattern.SOLID).mapToDouble(RecordingGraphics.Call::width).max()
                .orElse(0);
    }

    private static dev.cartograph.diagram.Rgb fill(RecordingGraphics g, String id) {
        return g.of(id).stream().filter(c -> "fill".equals(c.op())).findFirst().orElseThrow().color();
    }
}
