// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

/**
 * Writes a {@link MatrixPicture} as a standalone SVG 1.1 document: what the matrix shows, as
 * vectors that stay sharp in a slide or a report. Plain Java.
 */
public final class SvgWriter {

    private static final String GRID = "#c8c8c8"; //$NON-NLS-1$
    private static final String INK = "#333333"; //$NON-NLS-1$
    private static final String QUADRANT_INK = "#8a8a8a"; //$NON-NLS-1$
    private static final String GATE = "#b02020"; //$NON-NLS-1$
    private static final String SELECTION = "#000000"; //$NON-NLS-1$

    private final StringBuilder out = new StringBuilder();

    private SvgWriter() {
    }

    /**
     * @param picture what to draw
     * @return the SVG document
     */
    public static String write(MatrixPicture picture) {
        SvgWriter writer = new SvgWriter();
        writer.document(picture);
        return writer.out.toString();
    }

    private void document(MatrixPicture p) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(p.width()) //$NON-NLS-1$
                .append("\" height=\"").append(p.height()).append("\" viewBox=\"0 0 ").append(p.width()).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
                .append(p.height()).append("\" font-family=\"sans-serif\" font-size=\"11\">\n"); //$NON-NLS-1$
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(p.width()).append("\" height=\"").append(p.height()) //$NON-NLS-1$ //$NON-NLS-2$
                .append("\" fill=\"#ffffff\"/>\n"); //$NON-NLS-1$
        quadrants(p);
        cells(p);
        axes(p);
        out.append("<g id=\"bubbles\">\n"); //$NON-NLS-1$
        for (MatrixPicture.Bubble bubble : p.bubbles()) {
            bubble(bubble);
        }
        out.append("</g>\n<g id=\"labels\" fill=\"").append(INK).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (MatrixPicture.Text label : p.labels()) {
            if (label.leader() != null) {
                int[] l = label.leader();
                line(l[0], l[1], l[2], l[3], "stroke=\"" + QUADRANT_INK + "\""); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append("<rect x=\"").append(label.x() - 2).append("\" y=\"").append(label.y()).append("\" width=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(label.width() + 4).append("\" height=\"").append(label.height()) //$NON-NLS-1$
                    .append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.8\"/>\n"); //$NON-NLS-1$
            text(label.x(), baseline(label.y(), label.height()), label.text(), null);
        }
        out.append("</g>\n"); //$NON-NLS-1$
        legend(p);
        if (p.title() != null) {
            text(p.plot().x(), 22, p.title(), "font-size=\"15\" font-weight=\"bold\" fill=\"" + INK + '"'); //$NON-NLS-1$
        }
        out.append("</svg>\n"); //$NON-NLS-1$
    }

    private void cells(MatrixPicture p) {
        if (p.cells().isEmpty()) {
            return;
        }
        out.append("<g id=\"density\">\n"); //$NON-NLS-1$
        for (MatrixPicture.Cell cell : p.cells()) {
            MatrixPicture.Rect r = cell.area();
            out.append("<g><title>").append(escape(cell.title())).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
            out.append("<rect x=\"").append(r.x() + 1).append("\" y=\"").append(r.y() + 1).append("\" width=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(r.width() - 1).append("\" height=\"").append(r.height() - 1).append("\" fill=\"") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(MatrixColors.DENSITY.hex()).append("\" fill-opacity=\"") //$NON-NLS-1$
                    .append(String.format(java.util.Locale.ROOT, "%.2f", (40 + 200 * cell.share()) / 255)) //$NON-NLS-1$
                    .append("\"/>\n"); //$NON-NLS-1$
            text(r.x() + r.width() / 2, r.y() + r.height() / 2 + 4, java.text.NumberFormat.getIntegerInstance().format(cell.count()),
                    "text-anchor=\"middle\" fill=\"" + (cell.share() > 0.55 ? "#ffffff" : INK) + '"'); //$NON-NLS-1$ //$NON-NLS-2$
            out.append("</g>\n"); //$NON-NLS-1$
        }
        out.append("</g>\n"); //$NON-NLS-1$
    }

    private void quadrants(MatrixPicture p) {
        out.append("<g id=\"quadrants\">\n"); //$NON-NLS-1$
        for (MatrixPicture.Quadrant quadrant : p.quadrants()) {
            MatrixPicture.Rect area = quadrant.area();
            rect(area, quadrant.fill().hex(), null);
        }
        for (MatrixPicture.Quadrant quadrant : p.quadrants()) {
            MatrixPicture.Rect area = quadrant.area();
            int x = quadrant.right() ? area.x() + area.width() - 6 : area.x() + 6;
            int y = quadrant.top() ? area.y() + 16 : area.y() + area.height() - 6;
            text(x, y, quadrant.name(), "font-weight=\"bold\" fill=\"" + QUADRANT_INK + "\" text-anchor=\"" //$NON-NLS-1$ //$NON-NLS-2$
                    + (quadrant.right() ? "end" : "start") + '"'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append("</g>\n"); //$NON-NLS-1$
    }

    private void axes(MatrixPicture p) {
        MatrixPicture.Rect plot = p.plot();
        int bottom = plot.y() + plot.height();
        int right = plot.x() + plot.width();
        out.append("<g id=\"axes\" stroke=\"").append(GRID).append("\" fill=\"none\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (MatrixPicture.Tick tick : p.xTicks()) {
            line(tick.position(), plot.y(), tick.position(), bottom + 4, "stroke-dasharray=\"2,3\""); //$NON-NLS-1$
        }
        for (MatrixPicture.Tick tick : p.yTicks()) {
            line(plot.x() - 4, tick.position(), right, tick.position(), "stroke-dasharray=\"2,3\""); //$NON-NLS-1$
        }
        rect(plot, "none", INK); //$NON-NLS-1$
        String dashes = "stroke=\"" + QUADRANT_INK + "\" stroke-width=\"1.5\" stroke-dasharray=\"6,4\""; //$NON-NLS-1$ //$NON-NLS-2$
        line(p.thresholdX(), plot.y(), p.thresholdX(), bottom, dashes);
        line(plot.x(), p.thresholdY(), right, p.thresholdY(), dashes);
        out.append("</g>\n<g id=\"ticks\" fill=\"").append(INK).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (MatrixPicture.Tick tick : p.xTicks()) {
            text(tick.position(), bottom + 16, tick.text(), "text-anchor=\"middle\""); //$NON-NLS-1$
        }
        for (MatrixPicture.Tick tick : p.yTicks()) {
            text(plot.x() - 7, tick.position() + 4, tick.text(), "text-anchor=\"end\""); //$NON-NLS-1$
        }
        text(plot.x() + plot.width() / 2, bottom + 34, p.xTitle(), "text-anchor=\"middle\" font-size=\"12\""); //$NON-NLS-1$
        int yTitleX = Math.max(12, plot.x() - 38);
        int yTitleY = plot.y() + plot.height() / 2;
        text(0, 0, p.yTitle(), "text-anchor=\"middle\" font-size=\"12\" transform=\"translate(" + yTitleX + ' ' //$NON-NLS-1$
                + yTitleY + ") rotate(-90)\""); //$NON-NLS-1$
        out.append("</g>\n"); //$NON-NLS-1$
    }

    private void bubble(MatrixPicture.Bubble b) {
        String fill = b.fill().hex();
        out.append("<g><title>").append(escape(b.title())).append("</title>\n<circle cx=\"").append(b.x()) //$NON-NLS-1$ //$NON-NLS-2$
                .append("\" cy=\"").append(b.y()).append("\" r=\"").append(b.radius()).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
        if (b.hollow()) {
            out.append(" fill=\"#ffffff\" fill-opacity=\"0.6\" stroke=\"").append(fill).append("\" stroke-width=\"1.5\""); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            out.append(" fill=\"").append(fill).append("\" fill-opacity=\"0.7\" stroke=\"").append(fill) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" stroke-width=\"1\""); //$NON-NLS-1$
        }
        out.append("/>\n"); //$NON-NLS-1$
        if (b.gated()) {
            gateMark(b.x(), b.y(), b.radius());
        }
        if (b.partial()) {
            out.append("<circle cx=\"").append(b.x()).append("\" cy=\"").append(b.y()).append("\" r=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(b.radius() + 2).append("\" fill=\"none\" stroke=\"").append(INK) //$NON-NLS-1$
                    .append("\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>\n"); //$NON-NLS-1$
        }
        if (b.selected()) {
            out.append("<circle cx=\"").append(b.x()).append("\" cy=\"").append(b.y()).append("\" r=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(b.radius() + 3).append("\" fill=\"none\" stroke=\"").append(SELECTION) //$NON-NLS-1$
                    .append("\" stroke-width=\"2\"/>\n"); //$NON-NLS-1$
        }
        out.append("</g>\n"); //$NON-NLS-1$
    }

    private void gateMark(int x, int y, int radius) {
        out.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"").append(radius) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("\" fill=\"none\" stroke=\"").append(GATE).append("\" stroke-width=\"2\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        int d = (int) Math.round(radius * Math.sqrt(0.5));
        line(x - d, y + d, x + d, y - d, "stroke=\"" + GATE + "\" stroke-width=\"2\""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void legend(MatrixPicture p) {
        if (p.legend().isEmpty() && p.note() == null) {
            return;
        }
        out.append("<g id=\"legend\" fill=\"").append(INK).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
        int x = p.plot().x();
        int y = p.height() - (p.note() == null ? 12 : 30);
        if (p.note() != null) {
            text(x, p.height() - 10, p.note(), "fill=\"#666666\""); //$NON-NLS-1$
        }
        for (MatrixPicture.LegendEntry entry : p.legend()) {
            MatrixPicture.Bubble sample = new MatrixPicture.Bubble(x + 6, y - 4, 5, entry.fill(), entry.hollow(),
                    entry.gated(), entry.partial(), false, entry.text());
            bubble(sample);
            text(x + 16, y, entry.text(), null);
            x += 26 + (int) Math.round(entry.text().length() * 6.2);
        }
        out.append("</g>\n"); //$NON-NLS-1$
    }

    private void rect(MatrixPicture.Rect r, String fill, String stroke) {
        out.append("<rect x=\"").append(r.x()).append("\" y=\"").append(r.y()).append("\" width=\"").append(r.width()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("\" height=\"").append(r.height()).append("\" fill=\"").append(fill).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append('"'); //$NON-NLS-1$
        }
        out.append("/>\n"); //$NON-NLS-1$
    }

    private void line(int x1, int y1, int x2, int y2, String attributes) {
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("\" y2=\"").append(y2).append("\" ").append(attributes).append("/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void text(int x, int y, String text, String attributes) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
        if (attributes != null) {
            out.append(' ').append(attributes);
        }
        out.append('>').append(escape(text)).append("</text>\n"); //$NON-NLS-1$
    }

    private static int baseline(int top, int height) {
        return top + (int) Math.round(height * 0.78);
    }

    /**
     * @param text any text
     * @return the text as XML character data: markup characters escaped, characters XML does
     *         not allow left out
     */
    static String escape(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
                case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
                case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
                case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
                case '\'' -> escaped.append("&apos;"); //$NON-NLS-1$
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
