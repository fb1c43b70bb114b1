// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.render.DiagramGraphics;
import dev.cartograph.diagram.render.FontSpec;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * {@link DiagramGraphics} on an SWT {@link GC}: a window, an image or a printer page. Diagram
 * units are mapped to the GC's coordinates by a scale and an offset
 * ({@code gc = unit * scale + offset}), through a {@link Transform}, so that shapes, lines,
 * dashes and text all scale together; with SWT's autoscaling the GC's coordinates are points,
 * and HiDPI screens get sharp pictures for free. Everything is antialiased.
 * <p>
 * Text whose font would be smaller than {@value #GREEK_BELOW} device pixels is drawn as a faint
 * bar of the same width (it could not be read, and it is the costliest thing to draw).
 * <p>
 * Close it after painting: it restores the GC's transform and frees its own.
 */
public final class SwtGraphics implements DiagramGraphics, AutoCloseable {

    /** Font size, in GC pixels, under which text is drawn as a bar. */
    public static final double GREEK_BELOW = 4;

    private static final double PATTERN_STEP = 8;
    private static final int PATTERN_ALPHA = 140;

    private final GC gc;
    private final DiagramResources resources;
    private final double scale;
    private final double dx;
    private final double dy;
    private final Transform transform;
    private final Transform textTransform;

    /**
     * @param gc where to paint
     * @param resources the colours and fonts (for the GC's device)
     * @param scale GC pixels per diagram unit
     * @param dx where the diagram's x = 0 falls on the GC
     * @param dy where the diagram's y = 0 falls on the GC
     */
    public SwtGraphics(GC gc, DiagramResources resources, double scale, double dx, double dy) {
        this.gc = gc;
        this.resources = resources;
        this.scale = scale;
        this.dx = dx;
        this.dy = dy;
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        transform = new Transform(gc.getDevice(), (float) scale, 0, 0, (float) scale, (float) dx, (float) dy);
        textTransform = new Transform(gc.getDevice());
        gc.setTransform(transform);
    }

    /** @return GC pixels per diagram unit */
    public double scale() {
        return scale;
    }

    @Override
    public void fill(NodeShape shape, Bounds bounds, Rgb color, double alpha) {
        fillAndDispose(Shapes.path(gc.getDevice(), shape, bounds), color, alpha);
    }

    /** Fills a path with a colour at an opacity, then disposes of it. */
    private void fillAndDispose(Path path, Rgb color, double alpha) {
        try {
            gc.setBackground(resources.color(color));
            gc.setAlpha(alpha(alpha));
            gc.fillPath(path);
            gc.setAlpha(255);
        } finally {
            path.dispose();
        }
    }

    @Override
    public void pattern(NodeShape shape, Bounds bounds, FillPattern pattern, Rgb color) {
        if (pattern == FillPattern.NONE) {
            return;
        }
        // SWT's GTK GC re-applies the paint event's damage region under the current transform when
        // the clipping changes: so clip (and un-clip) without a transform, in the GC's own units.
        Path clip = Shapes.path(gc.getDevice(), shape, bounds, scale, dx, dy);
        Path marks = new Path(gc.getDevice());
        try {
            gc.setTransform(null);
            gc.setClipping(clip);
            gc.setTransform(transform);
            gc.setAlpha(PATTERN_ALPHA);
            gc.setForeground(resources.color(color));
            gc.setBackground(resources.color(color));
            gc.setLineAttributes(new LineAttributes(1));
            double x0 = Math.floor(bounds.x() / PATTERN_STEP) * PATTERN_STEP;
            double y0 = Math.floor(bounds.y() / PATTERN_STEP) * PATTERN_STEP;
            if (pattern == FillPattern.DOTS) {
                for (double y = y0 + PATTERN_STEP / 2; y < bounds.bottom(); y += PATTERN_STEP) {
                    for (double x = x0 + PATTERN_STEP / 2; x < bounds.right(); x += PATTERN_STEP) {
                        marks.addArc((float) (x - 1.2), (float) (y - 1.2), 2.4f, 2.4f, 0, 360);
                    }
                }
                gc.fillPath(marks);
            } else {
                double span = bounds.width() + bounds.height() + 2 * PATTERN_STEP;
                for (double d = 0; d <= span; d += PATTERN_STEP) {
                    line(marks, x0 + d, y0, x0 + d - span, y0 + span);
                    if (pattern == FillPattern.CROSSHATCH) {
                        line(marks, x0 + d - span, y0, x0 + d, y0 + span);
                    }
                }
                gc.drawPath(marks);
            }
        } finally {
            gc.setAlpha(255);
            gc.setTransform(null);
            gc.setClipping((Rectangle) null);
            gc.setTransform(transform);
            marks.dispose();
            clip.dispose();
        }
    }

    private static void line(Path path, double x0, double y0, double x1, double y1) {
        path.moveTo((float) x0, (float) y0);
        path.lineTo((float) x1, (float) y1);
    }

    @Override
    public void outline(NodeShape shape, Bounds bounds, Rgb color, double width, LinePattern line) {
        if (width <= 0) {
            return;
        }
        Path path = Shapes.path(gc.getDevice(), shape, bounds);
        try {
            stroke(color, width, line);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
    }

    @Override
    public void polyline(List<Point> points, Rgb color, double width, LinePattern line) {
        if (points.size() < 2) {
            return;
        }
        Path path = new Path(gc.getDevice());
        try {
            path.moveTo((float) points.get(0).x(), (float) points.get(0).y());
            for (int i = 1; i < points.size(); i++) {
                path.lineTo((float) points.get(i).x(), (float) points.get(i).y());
            }
            stroke(color, width, line);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
    }

    @Override
    public void polygon(List<Point> points, Rgb color, double alpha) {
        if (points.size() < 3) {
            return;
        }
        Path path = new Path(gc.getDevice());
        path.moveTo((float) points.get(0).x(), (float) points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo((float) points.get(i).x(), (float) points.get(i).y());
        }
        path.close();
        fillAndDispose(path, color, alpha);
    }

    @Override
    public void text(String text, double x, double baseline, FontSpec font, Rgb color) {
        if (text.isEmpty()) {
            return;
        }
        if (font.size() * scale < GREEK_BELOW) {
            double width = TextMetrics.standard().width(text, font);
            double height = font.size() * 0.45;
            gc.setBackground(resources.color(color));
            gc.setAlpha(70);
            Path bar = new Path(gc.getDevice());
            try {
                bar.addRectangle((float) x, (float) (baseline - height), (float) width, (float) height);
                gc.fillPath(bar);
            } finally {
                bar.dispose();
                gc.setAlpha(255);
            }
            return;
        }
        DiagramResources.Measured measured = resources.font(font, gc);
        double s = scale * measured.scale();
        textTransform.setElements((float) s, 0, 0, (float) s, (float) (dx + scale * x),
                (float) (dy + scale * baseline - s * measured.baseline()));
        gc.setTransform(textTransform);
        gc.setFont(measured.font());
        gc.setForeground(resources.color(color));
        gc.drawString(text, 0, 0, true);
        gc.setTransform(transform);
    }

    private void stroke(Rgb color, double width, LinePattern line) {
        gc.setForeground(resources.color(color));
        LineAttributes attributes = new LineAttributes((float) width, SWT.CAP_FLAT, SWT.JOIN_ROUND);
        double[] dashes = dev.cartograph.diagram.render.Shapes.dashes(line, width);
        if (dashes.length > 0) {
            attributes.style = SWT.LINE_CUSTOM;
            attributes.dash = new float[dashes.length];
            for (int i = 0; i < dashes.length; i++) {
                attributes.dash[i] = (float) dashes[i];
            }
        }
        gc.setLineAttributes(attributes);
    }

    private static int alpha(double alpha) {
        return (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
    }

    /** Puts the GC's transform back to none and frees this object's own. */
    @Override
    public void close() {
        if (!gc.isDisposed()) {
            gc.setTransform(null);
        }
        transform.dispose();
        textTransform.dispose();
    }
}
