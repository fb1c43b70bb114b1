// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.render.FontSpec;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * The SWT colours and fonts a diagram is painted with, created once per device and kept until
 * {@link #dispose()} (or, for {@link #of(Control)}, until the control is disposed).
 * <p>
 * Each font is measured once against {@link TextMetrics#standard()}, the metrics layouts wrap
 * with: {@link SwtGraphics} scales its text by the ratio, so that a label the layout fitted in
 * its box stays in it whatever font the platform substitutes for DejaVu Sans.
 */
public final class DiagramResources {

    private static final String SAMPLE = "The quick brown fox jumps over the lazy dog 0123456789"; //$NON-NLS-1$
    private static final double POINTS_PER_UNIT = 0.75;

    private final Device device;
    private final Map<Rgb, Color> colors = new HashMap<>();
    private final Map<FontSpec, Measured> fonts = new HashMap<>();
    private final Map<Integer, Font> editorFonts = new HashMap<>();
    private Image scratch;
    private GC measuring;
    private boolean disposed;

    /**
     * A font and how to draw it at the size a {@link FontSpec} asks.
     *
     * @param font the SWT font
     * @param scale by how much to scale what the font draws so that its widths match the
     *            standard metrics
     * @param baseline the distance from the top of a line to its baseline, in the font's pixels
     */
    public record Measured(Font font, double scale, double baseline) {
    }

    /** @param device the display or printer the resources are for */
    public DiagramResources(Device device) {
        this.device = device;
    }

    /**
     * @param owner a control
     * @return resources for the control's display, disposed with the control
     */
    public static DiagramResources of(Control owner) {
        DiagramResources resources = new DiagramResources(owner.getDisplay());
        owner.addDisposeListener(e -> resources.dispose());
        return resources;
    }

    /** @return the device */
    public Device device() {
        return device;
    }

    /**
     * @param rgb a colour
     * @return it as an SWT colour
     */
    public Color color(Rgb rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(device, c.red(), c.green(), c.blue()));
    }

    /**
     * @param spec a font as diagrams use it
     * @return the SWT font for it, with the scale and baseline to draw it with (measured on an
     *         image of the device)
     */
    public Measured font(FontSpec spec) {
        return font(spec, null);
    }

    /**
     * @param spec a font as diagrams use it
     * @param gc a GC of the device to measure with (the one that will draw), or {@code null}
     * @return the SWT font for it, with the scale and baseline to draw it with
     */
    public Measured font(FontSpec spec, GC gc) {
        checkAlive();
        Measured m = fonts.get(spec);
        if (m == null) {
            m = measure(spec, gc);
            fonts.put(spec, m);
        }
        return m;
    }

    /**
     * @param spec a font as diagrams use it
     * @param zoom the zoom it is shown at
     * @return a font for a text field over the diagram at that zoom (widgets cannot be scaled)
     */
    public Font editorFont(FontSpec spec, double zoom) {
        checkAlive();
        int height = Math.max(6, (int) Math.round(spec.size() * zoom * POINTS_PER_UNIT));
        int key = height * 4 + (spec.bold() ? 1 : 0) + (spec.italic() ? 2 : 0);
        return editorFonts.computeIfAbsent(key, k -> new Font(device, fontData(spec, height)));
    }

    private Measured measure(FontSpec spec, GC given) {
        int height = Math.max(1, (int) Math.round(spec.size() * POINTS_PER_UNIT));
        Font font = new Font(device, fontData(spec, height));
        GC gc = given;
        if (gc == null) {
            if (measuring == null) {
                scratch = new Image(device, 1, 1);
                measuring = new GC(scratch);
            }
            gc = measuring;
        }
        Font before = gc.getFont();
        gc.setFont(font);
        double measured = gc.textExtent(SAMPLE).x;
        FontMetrics metrics = gc.getFontMetrics();
        gc.setFont(before);
        double expected = TextMetrics.standard().width(SAMPLE, spec);
        double scale = measured > 0 ? expected / measured : 1;
        return new Measured(font, scale, metrics.getAscent() + metrics.getLeading());
    }

    private static FontData fontData(FontSpec spec, int height) {
        int style = (spec.bold() ? SWT.BOLD : SWT.NORMAL) | (spec.italic() ? SWT.ITALIC : SWT.NORMAL);
        return new FontData(FontSpec.FAMILY, height, style);
    }

    private void checkAlive() {
        if (disposed) {
            throw new IllegalStateException("diagram resources used after dispose"); //$NON-NLS-1$
        }
    }

    /** @return whether {@link #dispose()} was called */
    public boolean isDisposed() {
        return disposed;
    }

    /** Frees the fonts (colours need no freeing on current SWT, they are dropped too). */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        fonts.values().forEach(m -> m.font().dispose());
        editorFonts.values().forEach(Font::dispose);
        fonts.clear();
        editorFonts.clear();
        colors.clear();
        if (measuring != null) {
            measuring.dispose();
            scratch.dispose();
        }
    }
}
