// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;

/** Paints nodes: box, pattern, text, badges, children, and the marks of selection and focus. */
final class NodePainter {

    /** The colour of the selection marks (with a thicker outline, never colour alone). */
    static final Rgb SELECTION = Rgb.of(0x1d4ed8);
    /** The colour of highlight marks (dotted). */
    static final Rgb HIGHLIGHT = Rgb.of(0xd97706);
    /** The colour of the focus mark (dashed). */
    static final Rgb FOCUS = Rgb.of(0x111827);

    private static final double PLATE = 0.8;

    private final PaintContext ctx;

    NodePainter(PaintContext ctx) {
        this.ctx = ctx;
    }

    void paint(Node node) {
        Bounds b = node.bounds();
        if (!ctx.visible(b)) {
            return;
        }
        boolean dim = ctx.dimmed(node.id());
        boolean selected = ctx.selected(node.id());
        Style s = node.style();
        DiagramGraphics g = ctx.g;
        g.begin(node);
        if (s.fill() != null) {
            g.fill(s.shape(), b, PaintContext.tone(s.fill(), dim), 1);
        }
        if (s.pattern() != FillPattern.NONE) {
            g.pattern(s.shape(), b, s.pattern(), PaintContext.tone(s.stroke() != null ? s.stroke() : s.textColor(), dim));
        }
        if (s.stroke() != null || selected) {
            Rgb stroke = s.stroke() != null ? s.stroke() : SELECTION;
            g.outline(s.shape(), b, PaintContext.tone(stroke, dim), selected ? Math.max(2, s.strokeWidth() + 1.5) : s.strokeWidth(), s.line());
        }
        text(node, dim);
        badges(node, dim);
        if (node.isContainer() && !node.isCollapsed()) {
            node.children().forEach(this::paint);
        }
        marks(node, selected);
        g.end();
    }

    private void marks(Node node, boolean selected) {
        NodeShape shape = node.style().shape();
        Bounds b = node.bounds();
        boolean highlighted = ctx.highlighted(node.id());
        if (selected) {
            ctx.g.outline(shape, b.expand(3), SELECTION, 2.5, LinePattern.SOLID);
        }
        if (highlighted) {
            ctx.g.outline(shape, b.expand(selected ? 6 : 3), HIGHLIGHT, 3, LinePattern.DOTTED);
        }
        if (ctx.focused(node.id())) {
            ctx.g.outline(NodeShape.RECTANGLE, b.expand(selected || highlighted ? 9 : 5), FOCUS, 1.25, LinePattern.DASHED);
        }
    }

    private void text(Node node, boolean dim) {
        Bounds b = node.bounds();
        Style s = node.style();
        boolean title = node.isContainer() && !node.isCollapsed();
        double top = b.y() + NodeText.PADDING + NodeText.badgeStrip(node, true, ctx.metrics);
        double bottom = b.bottom() - NodeText.PADDING - NodeText.badgeStrip(node, false, ctx.metrics);
        double height = NodeText.textHeight(node, ctx.metrics);
        double y = title ? top : top + Math.max(0, (bottom - top - height) / 2);
        Rgb color = PaintContext.tone(s.textColor(), dim);
        if (s.pattern() != FillPattern.NONE && s.fill() != null && height > 0) {
            // Text over hatching or dots sits on a plate of the fill, to stay readable.
            double w = textWidth(node);
            double x = title ? b.x() + NodeText.PADDING : b.x() + (b.width() - w) / 2;
            ctx.g.fill(NodeShape.RECTANGLE, new Bounds(x - 2, y - 1, w + 4, height + 2), PaintContext.tone(s.fill(), dim), PLATE);
        }
        y = lines(node.labelLines(), NodeText.labelFont(s), b, y, title, color);
        if (!node.detailLines().isEmpty()) {
            Rgb detail = PaintContext.tone(s.textColor().mix(s.fill() != null ? s.fill() : Rgb.WHITE, 0.2), dim);
            lines(node.detailLines(), NodeText.detailFont(s), b, node.labelLines().isEmpty() ? y : y + NodeText.GAP, title, detail);
        }
    }

    private double textWidth(Node node) {
        double w = 0;
        for (String line : node.labelLines()) {
            w = Math.max(w, ctx.metrics.width(line, NodeText.labelFont(node.style())));
        }
        for (String line : node.detailLines()) {
            w = Math.max(w, ctx.metrics.width(line, NodeText.detailFont(node.style())));
        }
        return w;
    }

    private double lines(List<String> lines, FontSpec font, Bounds b, double top, boolean left, Rgb color) {
        double y = top;
        double lineHeight = ctx.metrics.lineHeight(font);
        double ascent = ctx.metrics.ascent(font);
        for (String line : lines) {
            double x = left ? b.x() + NodeText.PADDING : b.x() + (b.width() - ctx.metrics.width(line, font)) / 2;
            ctx.g.text(line, x, y + ascent, font, color);
            y += lineHeight;
        }
        return y;
    }

    private void badges(Node node, boolean dim) {
        Bounds b = node.bounds();
        Map<BadgePosition, Double> used = new EnumMap<>(BadgePosition.class);
        for (Badge badge : node.badges()) {
            double w = NodeText.badgeWidth(badge, ctx.metrics);
            double h = NodeText.badgeHeight(badge, ctx.metrics);
            double offset = used.getOrDefault(badge.position(), 0.0);
            used.put(badge.position(), offset + w + NodeText.GAP);
            boolean leftSide = badge.position() == BadgePosition.TOP_LEFT || badge.position() == BadgePosition.BOTTOM_LEFT;
            double x = leftSide ? b.x() + NodeText.PADDING + offset : b.right() - NodeText.PADDING - offset - w;
            double y = NodeText.isTop(badge.position()) ? b.y() + NodeText.PADDING : b.bottom() - NodeText.PADDING - h;
            badge(badge, new Bounds(x, y, w, h), dim);
        }
    }

    private void badge(Badge badge, Bounds box, boolean dim) {
        Style s = badge.style();
        if (s.fill() != null) {
            ctx.g.fill(s.shape(), box, PaintContext.tone(s.fill(), dim), 1);
        }
        if (s.pattern() != FillPattern.NONE) {
            ctx.g.pattern(s.shape(), box, s.pattern(), PaintContext.tone(s.stroke() != null ? s.stroke() : s.textColor(), dim));
        }
        if (s.stroke() != null) {
            ctx.g.outline(s.shape(), box, PaintContext.tone(s.stroke(), dim), s.strokeWidth(), s.line());
        }
        FontSpec font = NodeText.badgeFont(badge);
        double x = box.x() + (box.width() - ctx.metrics.width(badge.text(), font)) / 2;
        double baseline = box.y() + 1 + ctx.metrics.ascent(font);
        ctx.g.text(badge.text(), x, baseline, font, PaintContext.tone(s.textColor(), dim));
    }
}
