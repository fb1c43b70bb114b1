// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * Writes a diagram as SVG 1.1: the same diagram always gives the same bytes (numbers rounded to
 * two decimals in the root locale, elements in painting order, nothing depending on time or
 * machine), so that maps written in CI can be compared and committed.
 * <p>
 * Each diagram element is a {@code <g>} with {@code data-element} (its id) and
 * {@code data-kind}, and a {@code <title>} with its tooltip, so that browsers show the tooltip
 * and scripts and tests can find elements. All text is escaped: a name such as
 * {@code <script>} stays text, and characters XML cannot carry are replaced by U+FFFD. One font
 * family list, {@link #FONT_FAMILY}, is set on the root element.
 */
public final class SvgWriter implements DiagramGraphics {

    /** The fonts asked for, in order: DejaVu Sans (the metrics' font), then look-alikes. */
    public static final String FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, Arial, sans-serif"; //$NON-NLS-1$

    private static final double PATTERN_OPACITY = 0.55;
    private static final String Q = "\""; //$NON-NLS-1$

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Set<String> patterns = new HashSet<>();
    private int open;

    /**
     * Starts a document.
     *
     * @param viewBox the area of the diagram shown, in diagram units (also its size)
     * @param id the diagram's id, written as {@code data-diagram}
     * @param title the document's title, or empty
     */
    public SvgWriter(Bounds viewBox, String id, String title) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(viewBox.width())) //$NON-NLS-1$
                .append("\" height=\"").append(num(viewBox.height())) //$NON-NLS-1$
                .append("\" viewBox=\"").append(num(viewBox.x())).append(' ').append(num(viewBox.y())).append(' ') //$NON-NLS-1$
                .append(num(viewBox.width())).append(' ').append(num(viewBox.height()))
                .append("\" font-family=\"").append(escape(FONT_FAMILY)) //$NON-NLS-1$
                .append("\" data-diagram=\"").append(escape(id)).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (title != null && !title.isEmpty()) {
            out.append("<title>").append(escape(title)).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @param diagram a laid-out diagram
     * @return its SVG, painted without interaction marks with the standard metrics
     */
    public static String svg(Diagram diagram) {
        return svg(diagram, PaintState.NONE, TextMetrics.standard());
    }

    /**
     * @param diagram a laid-out diagram
     * @param state selection and highlights to show ({@link PaintState#NONE} for an export)
     * @param metrics the metrics it was laid out with
     * @return its SVG
     */
    public static String svg(Diagram diagram, PaintState state, TextMetrics metrics) {
        SvgWriter writer = new SvgWriter(diagram.bounds(), diagram.id(), diagram.title());
        new DiagramPainter(metrics).paint(diagram, writer, state, null);
        return writer.finish();
    }

    /**
     * Writes a diagram's SVG, UTF-8 encoded.
     *
     * @param diagram a laid-out diagram
     * @param stream where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(Diagram diagram, OutputStream stream) throws IOException {
        stream.write(svg(diagram).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Closes the groups still open and the document.
     *
     * @return the document
     */
    public String finish() {
        while (open > 0) {
            end();
        }
        out.append("</svg>\n"); //$NON-NLS-1$
        return out.toString();
    }

    @Override
    public void fill(NodeShape shape, Bounds bounds, Rgb color, double alpha) {
        shape(shape, bounds);
        out.append(" fill=\"").append(color.hex()).append(Q); //$NON-NLS-1$
        opacity("fill-opacity", alpha); //$NON-NLS-1$
        out.append("/>\n"); //$NON-NLS-1$
    }

    @Override
    public void pattern(NodeShape shape, Bounds bounds, FillPattern pattern, Rgb color) {
        if (pattern == FillPattern.NONE) {
            return;
        }
        String id = pattern.name().toLowerCase(Locale.ROOT) + '-' + color.hex().substring(1);
        if (patterns.add(id)) {
            out.append("<defs><pattern id=\"").append(id).append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"); //$NON-NLS-1$ //$NON-NLS-2$
            switch (pattern) {
                case DOTS -> out.append("<circle cx=\"4\" cy=\"4\" r=\"1.2\" fill=\"").append(color.hex()).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
                case CROSSHATCH -> out.append("<path d=\"M-2 2L2 -2M0 8L8 0M6 10L10 6M-2 6L2 10M0 0L8 8M6 -2L10 2\" stroke=\"") //$NON-NLS-1$
                        .append(color.hex()).append("\" stroke-width=\"1\"/>"); //$NON-NLS-1$
                default -> out.append("<path d=\"M-2 2L2 -2M0 8L8 0M6 10L10 6\" stroke=\"").append(color.hex()).append("\" stroke-width=\"1\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append("</pattern></defs>\n"); //$NON-NLS-1$
        }
        shape(shape, bounds);
        out.append(" fill=\"url(#").append(id).append(")\" fill-opacity=\"").append(num(PATTERN_OPACITY)).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public void outline(NodeShape shape, Bounds bounds, Rgb color, double width, LinePattern line) {
        shape(shape, bounds);
        out.append(" fill=\"none\""); //$NON-NLS-1$
        stroke(color, width, line);
        out.append("/>\n"); //$NON-NLS-1$
    }

    @Override
    public void polyline(List<Point> points, Rgb color, double width, LinePattern line) {
        out.append("<polyline"); //$NON-NLS-1$
        points(points);
        out.append(" fill=\"none\" stroke-linejoin=\"round\""); //$NON-NLS-1$
        stroke(color, width, line);
        out.append("/>\n"); //$NON-NLS-1$
    }

    @Override
    public void polygon(List<Point> points, Rgb color, double alpha) {
        out.append("<polygon"); //$NON-NLS-1$
        points(points);
        out.append(" fill=\"").append(color.hex()).append(Q); //$NON-NLS-1$
        opacity("fill-opacity", alpha); //$NON-NLS-1$
        out.append("/>\n"); //$NON-NLS-1$
    }

    @Override
    public void text(String text, double x, double baseline, FontSpec font, Rgb color) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline)) //$NON-NLS-1$ //$NON-NLS-2$
                .append("\" font-size=\"").append(num(font.size())).append(Q); //$NON-NLS-1$
        if (font.bold()) {
            out.append(" font-weight=\"bold\""); //$NON-NLS-1$
        }
        if (font.italic()) {
            out.append(" font-style=\"italic\""); //$NON-NLS-1$
        }
        out.append(" fill=\"").append(color.hex()).append("\">").append(escape(text)).append("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public void begin(DiagramElement element) {
        open++;
        out.append("<g data-element=\"").append(escape(element.id())).append("\" data-kind=\"").append(escape(element.kind())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String tip = element.tooltip() != null ? element.tooltip() : element.label();
        if (!tip.isEmpty()) {
            out.append("<title>").append(escape(tip)).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public void end() {
        if (open > 0) {
            open--;
            out.append("</g>\n"); //$NON-NLS-1$
        }
    }

    private void shape(NodeShape shape, Bounds b) {
        if (shape == NodeShape.ELLIPSE) {
            out.append("<ellipse cx=\"").append(num(b.x() + b.width() / 2)).append("\" cy=\"").append(num(b.y() + b.height() / 2)) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" rx=\"").append(num(b.width() / 2)).append("\" ry=\"").append(num(b.height() / 2)).append(Q); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (Shapes.isPolygon(shape)) {
            out.append("<polygon"); //$NON-NLS-1$
            points(Shapes.polygon(shape, b));
        } else {
            out.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"").append(num(b.width())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("\" height=\"").append(num(b.height())).append(Q); //$NON-NLS-1$
            double r = Shapes.cornerRadius(shape, b);
            if (r > 0) {
                out.append(" rx=\"").append(num(r)).append(Q); //$NON-NLS-1$
            }
        }
    }

    private void points(List<Point> points) {
        out.append(" points=\""); //$NON-NLS-1$
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(num(points.get(i).x())).append(',').append(num(points.get(i).y()));
        }
        out.append(Q);
    }

    private void stroke(Rgb color, double width, LinePattern line) {
        out.append(" stroke=\"").append(color.hex()).append("\" stroke-width=\"").append(num(width)).append(Q); //$NON-NLS-1$ //$NON-NLS-2$
        double[] dashes = Shapes.dashes(line, width);
        if (dashes.length > 0) {
            out.append(" stroke-dasharray=\""); //$NON-NLS-1$
            for (int i = 0; i < dashes.length; i++) {
                out.append(i > 0 ? " " : "").append(num(dashes[i])); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append(Q);
        }
    }

    private void opacity(String attribute, double alpha) {
        if (alpha < 1) {
            out.append(' ').append(attribute).append("=\"").append(num(Math.max(0, alpha))).append(Q); //$NON-NLS-1$
        }
    }

    /**
     * @param value a number
     * @return it rounded to two decimals, without trailing zeros, in the root locale
     */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return "0"; //$NON-NLS-1$
        }
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    /**
     * @param text any text
     * @return it escaped for XML content and attributes, characters XML cannot carry replaced
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;"); //$NON-NLS-1$
                case '<' -> b.append("&lt;"); //$NON-NLS-1$
                case '>' -> b.append("&gt;"); //$NON-NLS-1$
                case '"' -> b.append("&quot;"); //$NON-NLS-1$
                case '\'' -> b.append("&#39;"); //$NON-NLS-1$
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
