// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.render.DiagramGraphics;
import dev.cartograph.diagram.render.FontSpec;

/** A surface that records what is drawn, and for which element. */
final class RecordingGraphics implements DiagramGraphics {

    /** One drawing call: what, for which element (innermost open group, or null), and how. */
    record Call(String op, String element, Bounds bounds, Rgb color, double width, LinePattern line, String text, double x, double y, FontSpec font) {
    }

    final List<Call> calls = new ArrayList<>();
    final List<String> begun = new ArrayList<>();
    private final Deque<String> open = new ArrayDeque<>();

    private String current() {
        return open.peek();
    }

    @Override
    public void fill(NodeShape shape, Bounds bounds, Rgb color, double alpha) {
        calls.add(new Call("fill", current(), bounds, color, 0, null, null, 0, 0, null)); //$NON-NLS-1$
    }

    @Override
    public void pattern(NodeShape shape, Bounds bounds, FillPattern pattern, Rgb color) {
        calls.add(new Call("pattern", current(), bounds, color, 0, null, pattern.name(), 0, 0, null)); //$NON-NLS-1$
    }

    @Override
    public void outline(NodeShape shape, Bounds bounds, Rgb color, double width, LinePattern line) {
        calls.add(new Call("outline", current(), bounds, color, width, line, null, 0, 0, null)); //$NON-NLS-1$
    }

    @Override
    public void polyline(List<Point> points, Rgb color, double width, LinePattern line) {
        calls.add(new Call("polyline", current(), null, color, width, line, null, points.get(0).x(), points.get(0).y(), null)); //$NON-NLS-1$
    }

    @Override
    public void polygon(List<Point> points, Rgb color, double alpha) {
        calls.add(new Call("polygon", current(), null, color, 0, null, null, points.get(0).x(), points.get(0).y(), null)); //$NON-NLS-1$
    }

    @Override
    public void text(String text, double x, double baseline, FontSpec font, Rgb color) {
        calls.add(new Call("text", current(), null, color, font.size(), null, text, x, baseline, font)); //$NON-NLS-1$
    }

    @Override
    public void begin(DiagramElement element) {
        begun.add(element.id());
        open.push(element.id());
    }

    @Override
    public void end() {
        open.pop();
    }

    List<Call> of(String element) {
        return calls.stream().filter(c -> element.equals(c.element())).toList();
    }
}
