// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * Writes a diagram as a PNG image, through Java2D ({@link BufferedImage}) and
 * {@link ImageIO}: antialiased shapes and text, at a scale factor (2 for a HiDPI picture).
 * <p>
 * It needs no display: drawing on a {@link BufferedImage} is plain Java2D. Where there is no
 * display at all (CI, the command line), run the JVM with {@code -Djava.awt.headless=true} (the
 * JDK also assumes it when {@code DISPLAY} is unset) so that AWT never tries to reach one; in the
 * workbench, set it before the first use of AWT, since AWT's toolkit is not needed here and must
 * not start beside SWT's. The fonts come from the machine (DejaVu Sans if installed), so unlike
 * the SVG the pixels may differ slightly from one machine to another.
 */
public final class PngWriter {

    /** The most pixels an image may have; larger diagrams are drawn at a smaller scale. */
    public static final long MAX_PIXELS = 64L * 1024 * 1024;
    /** The most pixels on one side (a limit of the PNG encoder's buffers). */
    public static final int MAX_SIDE = 32_000;

    private PngWriter() {
    }

    /**
     * @param diagram a laid-out diagram
     * @param scale pixels per diagram unit (1 for 100%, 2 for HiDPI)
     * @return the scale actually used: {@code scale}, or less if the image would exceed
     *         {@link #MAX_PIXELS} or {@link #MAX_SIDE}
     */
    public static double effectiveScale(Diagram diagram, double scale) {
        Bounds b = diagram.bounds();
        double s = scale > 0 ? scale : 1;
        double w = Math.max(1, b.width());
        double h = Math.max(1, b.height());
        s = Math.min(s, MAX_SIDE / Math.max(w, h));
        double pixels = w * s * h * s;
        if (pixels > MAX_PIXELS) {
            s *= Math.sqrt(MAX_PIXELS / pixels);
        }
        return s;
    }

    /**
     * Paints a diagram on a new opaque image.
     *
     * @param diagram a laid-out diagram
     * @param scale pixels per diagram unit (see {@link #effectiveScale(Diagram, double)})
     * @param state selection and highlights to show, or {@link PaintState#NONE}
     * @return the image, {@code ceil(width * scale)} by {@code ceil(height * scale)} pixels
     */
    public static BufferedImage image(Diagram diagram, double scale, PaintState state) {
        double s = effectiveScale(diagram, scale);
        Bounds b = diagram.bounds();
        int width = Math.max(1, (int) Math.ceil(b.width() * s));
        int height = Math.max(1, (int) Math.ceil(b.height() * s));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(s, s);
            g.translate(-b.x(), -b.y());
            new DiagramPainter(TextMetrics.standard()).paint(diagram, new Java2dGraphics(g), state, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes a diagram as PNG.
     *
     * @param diagram a laid-out diagram
     * @param scale pixels per diagram unit
     * @param stream where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(Diagram diagram, double scale, OutputStream stream) throws IOException {
        if (!ImageIO.write(image(diagram, scale, PaintState.NONE), "png", stream)) { //$NON-NLS-1$
            throw new IOException("no PNG writer in this Java runtime"); //$NON-NLS-1$
        }
    }
}
