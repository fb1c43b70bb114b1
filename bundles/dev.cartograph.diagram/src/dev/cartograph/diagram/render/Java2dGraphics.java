// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;

/**
 * A {@link DiagramGraphics} on a Java2D {@link Graphics2D}, in diagram units (scale the
 * graphics first for another resolution). Used by {@link PngWriter}; also suits printing. Text
 * is drawn in {@link FontSpec#FAMILY}, which Java2D replaces by its logical sans-serif font
 * where DejaVu Sans is not installed.
 */
public final class Java2dGraphics implements DiagramGraphics {

    private static final double PATTERN_STEP = 8;
    private static final float PATTERN_ALPHA = 0.55f;

    private final Graphics2D g;
    private final Map<FontSpec, Font> fonts = new HashMap<>();

    /** @param g the graphics to draw on, antialiasing and scale already set as wanted */
    public Java2dGraphics(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void fill(NodeShape shape, Bounds bounds, Rgb color, double alpha) {
        Composite before = g.getComposite();
        alpha(alpha);
        g.setColor(color(color));
        g.fill(shape(shape, bounds));
        g.setComposite(before);
    }

    @Override
    public void pattern(NodeShape shape, Bounds b, FillPattern pattern, Rgb color) {
        if (pattern == FillPattern.NONE) {
            return;
        }
        Shape previous = g.getClip();
        Composite before = g.getComposite();
        g.clip(shape(shape, b));
        alpha(PATTERN_ALPHA);
        g.setColor(color(color));
        g.setStroke(new BasicStroke(1));
        double x0 = Math.floor(b.x() / PATTERN_STEP) * PATTERN_STEP;
        double y0 = Math.floor(b.y() / PATTERN_STEP) * PATTERN_STEP;
        if (pattern == FillPattern.DOTS) {
            for (double y = y0 + PATTERN_STEP / 2; y < b.bottom(); y += PATTERN_STEP) {
                for (double x = x0 + PATTERN_STEP / 2; x < b.right(); x += PATTERN_STEP) {
                    g.fill(new Ellipse2D.Double(x - 1.2, y - 1.2, 2.4, 2.4));
                }
            }
        } else {
            double span = b.width() + b.height() + 2 * PATTERN_STEP;
            for (double d = 0; d <= span; d += PATTERN_STEP) {
                g.draw(new Line2D.Double(x0 + d, y0, x0 + d - span, y0 + span));
                if (pattern == FillPattern.CROSSHATCH) {
                    g.draw(new Line2D.Double(x0 + d - span, y0, x0 + d, y0 + span));
                }
            }
        }
        g.setComposite(before);
        g.setClip(previous);
    }

    @Override
    public void outline(NodeShape shape, Bounds bounds, Rgb color, double width, LinePattern line) {
        g.setColor(color(color));
        g.setStroke(stroke(width, line));
        g.draw(shape(shape, bounds));
    }

    @Override
    public void polyline(List<Point> points, Rgb color, double width, LinePattern line) {
        g.setColor(color(color));
        g.setStroke(stroke(width, line));
        g.draw(path(points, false));
    }

    @Override
    public void polygon(List<Point> points, Rgb color, double alpha) {
        Composite before = g.getComposite();
        alpha(alpha);
        g.setColor(color(color));
        g.fill(path(points, true));
        g.setComposite(before);
    }

    @Override
    public void text(String text, double x, double baseline, FontSpec font, Rgb color) {
        g.setFont(fonts.computeIfAbsent(font, Java2dGraphics::font));
        g.setColor(color(color));
        g.drawString(text, (float) x, (float) baseline);
    }

    private static Font font(FontSpec spec) {
        int style = (spec.bold() ? Font.BOLD : 0) | (spec.italic() ? Font.ITALIC : 0);
        return new Font(FontSpec.FAMILY, style, 1).deriveFont((float) spec.size());
    }

    private void alpha(double alpha) {
        if (alpha < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.max(0, alpha)));
        }
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }

    private static BasicStroke stroke(double width, LinePattern line) {
        double[] dashes = Shapes.dashes(line, width);
        if (dashes.length == 0) {
            return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        float[] pattern = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            pattern[i] = (float) dashes[i];
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, pattern, 0);
    }

    private static Shape shape(NodeShape shape, Bounds b) {
        if (shape == NodeShape.ELLIPSE) {
            return new Ellipse2D.Double(b.x(), b.y(), b.width(), b.height());
        }
        if (Shapes.isPolygon(shape)) {
            return path(Shapes.polygon(shape, b), true);
        }
        double r = Shapes.cornerRadius(shape, b);
        if (r > 0) {
            return new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * r, 2 * r);
        }
        return new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
    }

    private static Path2D path(List<Point> points, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (i == 0) {
                path.moveTo(p.x(), p.y());
            } else {
                path.lineTo(p.x(), p.y());
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }
}
