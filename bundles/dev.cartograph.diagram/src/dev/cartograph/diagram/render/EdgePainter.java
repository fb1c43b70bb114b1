// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;

/** Paints edges: their route, arrow head and label, and the marks of selection and highlight. */
final class EdgePainter {

    static final FontSpec LABEL_FONT = new FontSpec(10, false, false);
    private static final Rgb DEFAULT_STROKE = Rgb.of(0x4b5563);

    private final PaintContext ctx;

    EdgePainter(PaintContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param edge an edge
     * @return its route, or a straight line between its ends' borders before it is routed
     */
    static List<Point> route(Edge edge) {
        if (edge.route().size() >= 2) {
            return edge.route();
        }
        Bounds s = edge.source().bounds();
        Bounds t = edge.target().bounds();
        return List.of(Shapes.border(s, t.center()), Shapes.border(t, s.center()));
    }

    /** @return the smallest rectangle holding the points */
    static Bounds extent(List<Point> points) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    void paint(Edge edge) {
        List<Point> route = route(edge);
        if (!ctx.visible(extent(route))) {
            return;
        }
        Style s = edge.style();
        boolean selected = ctx.selected(edge.id());
        boolean highlighted = ctx.highlighted(edge.id());
        boolean dim = ctx.dimmed(edge.id());
        Rgb color = PaintContext.tone(s.stroke() != null ? s.stroke() : DEFAULT_STROKE, dim);
        double width = s.strokeWidth() + (selected ? 1.5 : 0) + (highlighted ? 1 : 0);
        ctx.g.begin(edge);
        if (selected || highlighted) {
            ctx.g.polyline(route, selected ? NodePainter.SELECTION : NodePainter.HIGHLIGHT, width + 4, selected ? LinePattern.SOLID : LinePattern.DOTTED);
        }
        if (edge.hasArrow()) {
            Point tip = route.get(route.size() - 1);
            List<Point> head = Shapes.arrowHead(route.get(route.size() - 2), tip, width);
            List<Point> line = new ArrayList<>(route);
            line.set(line.size() - 1, new Point((head.get(1).x() + head.get(2).x()) / 2, (head.get(1).y() + head.get(2).y()) / 2));
            ctx.g.polyline(line, color, width, s.line());
            ctx.g.polygon(head, color, 1);
        } else {
            ctx.g.polyline(route, color, width, s.line());
        }
        if (!edge.label().isEmpty()) {
            label(edge.label(), route, PaintContext.tone(s.textColor(), dim));
        }
        ctx.g.end();
    }

    private void label(String text, List<Point> route, Rgb color) {
        int longest = 0;
        double length = -1;
        for (int i = 0; i + 1 < route.size(); i++) {
            double l = Math.hypot(route.get(i + 1).x() - route.get(i).x(), route.get(i + 1).y() - route.get(i).y());
            if (l > length) {
                length = l;
                longest = i;
            }
        }
        Point a = route.get(longest);
        Point b = route.get(longest + 1);
        double w = ctx.metrics.width(text, LABEL_FONT);
        double h = ctx.metrics.lineHeight(LABEL_FONT);
        Bounds box = new Bounds((a.x() + b.x()) / 2 - w / 2 - 2, (a.y() + b.y()) / 2 - h / 2, w + 4, h);
        ctx.g.fill(NodeShape.RECTANGLE, box, Rgb.WHITE, 0.85);
        ctx.g.text(text, box.x() + 2, box.y() + ctx.metrics.ascent(LABEL_FONT), LABEL_FONT, color);
    }
}
