// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Curve;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;

/** Paints what is around the nodes: bands, curves, the legend, the title. */
final class DecorationPainter {

    private static final FontSpec CURVE_LABEL_FONT = new FontSpec(11, true, false);
    private static final FontSpec VALUE_FONT = new FontSpec(10, true, false);
    private static final Rgb DEFAULT_CURVE = Rgb.of(0xb91c1c);
    private static final Rgb MUTED = Rgb.of(0x4b5563);
    private static final Rgb RULE = Rgb.of(0xd1d5db);
    private static final double COLUMN_ALPHA = 0.55;
    private static final double POINT = 7;

    private final PaintContext ctx;
    /** The height of the column headers: the tallest one's, so that they line up. */
    private double columnHeader;

    DecorationPainter(PaintContext ctx) {
        this.ctx = ctx;
    }

    void title(Diagram diagram) {
        Bounds b = diagram.bounds();
        double y = b.y() + TitleBlock.MARGIN;
        if (!ctx.visible(new Bounds(b.x(), b.y(), b.width(), TitleBlock.height(diagram, ctx.metrics)))) {
            return;
        }
        if (!diagram.title().isEmpty()) {
            ctx.g.text(diagram.title(), b.x() + TitleBlock.MARGIN, y + ctx.metrics.ascent(TitleBlock.TITLE_FONT), TitleBlock.TITLE_FONT, Rgb.of(0x111827));
            y += ctx.metrics.lineHeight(TitleBlock.TITLE_FONT);
        }
        if (!diagram.subtitle().isEmpty()) {
            ctx.g.text(diagram.subtitle(), b.x() + TitleBlock.MARGIN, y + ctx.metrics.ascent(TitleBlock.SUBTITLE_FONT), TitleBlock.SUBTITLE_FONT, MUTED);
        }
    }

    /** Paints regions first, then rows, then columns over them (translucent, headers as tall as each other), each kind in order. */
    void bands(Diagram diagram) {
        List<Band> sorted = new ArrayList<>(diagram.bands());
        sorted.sort(Comparator.comparing((Band band) -> switch (band.bandKind()) {
            case REGION -> 0;
            case ROW -> 1;
            case COLUMN -> 2;
        }).thenComparingInt(Band::order));
        columnHeader = 0;
        for (Band band : diagram.bands(BandKind.COLUMN)) {
            columnHeader = Math.max(columnHeader, BandHeader.height(band, band.bounds().width(), ctx.metrics));
        }
        sorted.forEach(this::band);
    }

    private void band(Band band) {
        Bounds b = band.bounds();
        if (b.width() <= 0 || b.height() <= 0 || !ctx.visible(b)) {
            return;
        }
        Style s = band.style();
        boolean dim = ctx.dimmed(band.id());
        ctx.g.begin(band);
        Rgb fill = s.fill() != null ? s.fill() : Rgb.WHITE;
        ctx.g.fill(NodeShape.RECTANGLE, b, PaintContext.tone(fill, dim), band.bandKind() == BandKind.COLUMN ? COLUMN_ALPHA : 1);
        Bounds header = header(band);
        Rgb stroke = s.stroke() != null ? s.stroke() : RULE;
        ctx.g.fill(NodeShape.RECTANGLE, header, PaintContext.tone(fill.mix(stroke, 0.18), dim), 1);
        headerText(band, header, PaintContext.tone(s.textColor(), dim));
        LinePattern line = band.isApart() ? LinePattern.DASHED : s.line();
        double width = band.isApart() ? s.strokeWidth() + 1 : s.strokeWidth();
        ctx.g.outline(NodeShape.RECTANGLE, b, PaintContext.tone(stroke, dim), width, line);
        if (ctx.selected(band.id())) {
            ctx.g.outline(NodeShape.RECTANGLE, b.expand(-2), NodePainter.SELECTION, 3, LinePattern.SOLID);
        }
        if (ctx.focused(band.id())) {
            ctx.g.outline(NodeShape.RECTANGLE, b.expand(-6), NodePainter.FOCUS, 1.25, LinePattern.DASHED);
        }
        ctx.g.end();
    }

    private Bounds header(Band band) {
        Bounds b = band.bounds();
        if (band.bandKind() == BandKind.ROW) {
            return new Bounds(b.x(), b.y(), Math.min(BandHeader.ROW_HEADER_WIDTH, b.width()), b.height());
        }
        double height = band.bandKind() == BandKind.COLUMN ? columnHeader : BandHeader.height(band, b.width(), ctx.metrics);
        return new Bounds(b.x(), b.y(), b.width(), Math.min(b.height(), height));
    }

    private void headerText(Band band, Bounds header, Rgb color) {
        FontSpec font = BandHeader.font(band);
        double y = header.y() + BandHeader.PADDING;
        for (String line : BandHeader.lines(band, header.width(), ctx.metrics)) {
            double x = band.bandKind() == BandKind.COLUMN ? header.x() + (header.width() - ctx.metrics.width(line, font)) / 2
                    : header.x() + BandHeader.PADDING;
            ctx.g.text(line, x, y + ctx.metrics.ascent(font), font, color);
            y += ctx.metrics.lineHeight(font);
        }
    }

    void curve(Diagram diagram, Curve curve) {
        Bounds b = curve.bounds();
        if (!ctx.visible(b)) {
            return;
        }
        Style s = curve.style();
        boolean dim = ctx.dimmed(curve.id());
        Rgb color = PaintContext.tone(s.stroke() != null ? s.stroke() : DEFAULT_CURVE, dim);
        ctx.g.begin(curve);
        ctx.g.polyline(List.of(new Point(b.x(), b.bottom()), new Point(b.right(), b.bottom())), RULE, 1, LinePattern.SOLID);
        if (!curve.label().isEmpty()) {
            ctx.g.text(curve.label(), b.x() + 4, b.y() + ctx.metrics.ascent(CURVE_LABEL_FONT), CURVE_LABEL_FONT, color);
        }
        List<Point> points = curve.points();
        if (points.size() >= 2) {
            List<Point> area = new ArrayList<>(points);
            area.add(new Point(points.get(points.size() - 1).x(), b.bottom()));
            area.add(new Point(points.get(0).x(), b.bottom()));
            ctx.g.polygon(area, color, 0.15);
            ctx.g.polyline(points, color, s.strokeWidth() + 1, s.line());
        }
        List<String> columns = valueColumns(diagram, curve);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            Bounds dot = new Bounds(p.x() - POINT / 2, p.y() - POINT / 2, POINT, POINT);
            ctx.g.fill(NodeShape.ELLIPSE, dot, color, 1);
            ctx.g.outline(NodeShape.ELLIPSE, dot, Rgb.WHITE, 1.5, LinePattern.SOLID);
            String text = i < columns.size() ? curve.valueLabels().get(columns.get(i)) : null;
            if (text != null && !text.isEmpty()) {
                double w = ctx.metrics.width(text, VALUE_FONT);
                ctx.g.text(text, p.x() - w / 2, p.y() - POINT, VALUE_FONT, PaintContext.tone(s.textColor(), dim));
            }
        }
        ctx.g.end();
    }

    /**
     * @param diagram a diagram
     * @param curve one of its curves
     * @return the ids of the column bands the curve has a value for, in column order: the
     *         columns its points stand for
     */
    static List<String> valueColumns(Diagram diagram, Curve curve) {
        return diagram.bands(BandKind.COLUMN).stream().map(Band::id).filter(curve.values()::containsKey).toList();
    }

    void legend(Legend legend) {
        Bounds b = legend.bounds();
        if (b.width() <= 0 || !ctx.visible(b)) {
            return;
        }
        ctx.g.fill(NodeShape.ROUNDED, b, Rgb.WHITE, 1);
        ctx.g.outline(NodeShape.ROUNDED, b, RULE, 1, LinePattern.SOLID);
        LegendBlock.Arrangement arrangement = LegendBlock.arrange(legend, ctx.metrics, b.width());
        for (LegendBlock.Swatch swatch : arrangement.swatches()) {
            swatch(swatch.item(), swatch.bounds().translate(b.x(), b.y()));
        }
        for (LegendBlock.Text text : arrangement.texts()) {
            ctx.g.text(text.text(), b.x() + text.x(), b.y() + text.baseline(), text.font(), text.font().italic() ? MUTED : Rgb.of(0x1f2937));
        }
    }

    private void swatch(LegendItem item, Bounds box) {
        Style s = item.swatch();
        if (s.fill() != null) {
            ctx.g.fill(s.shape(), box, s.fill(), 1);
        }
        if (s.pattern() != FillPattern.NONE) {
            ctx.g.pattern(s.shape(), box, s.pattern(), s.stroke() != null ? s.stroke() : s.textColor());
        }
        if (s.stroke() != null) {
            ctx.g.outline(s.shape(), box, s.stroke(), Math.min(2.5, s.strokeWidth()), s.line());
        }
        if (item.symbol() != null && !item.symbol().isEmpty()) {
            FontSpec font = LegendBlock.SYMBOL_FONT;
            double w = ctx.metrics.width(item.symbol(), font);
            ctx.g.text(item.symbol(), box.x() + (box.width() - w) / 2, box.y() + (box.height() + font.size() * 0.7) / 2, font, s.textColor());
        }
    }
}
