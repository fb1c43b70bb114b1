// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.List;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * Where a band's header sits, for layouts to leave room and for {@link DiagramPainter} to draw
 * it: a row band (lane) has its header in a strip of {@link #ROW_HEADER_WIDTH} at its left; a
 * column band (stage) and a region have theirs in a strip along their top.
 */
public final class BandHeader {

    /** The width of a row band's header strip. */
    public static final double ROW_HEADER_WIDTH = 120;
    /** The space around a header's text. */
    public static final double PADDING = 6;

    private static final int ROW_LINES = 4;
    private static final int COLUMN_LINES = 2;

    private BandHeader() {
    }

    /** @param band a band @return the font of its header */
    public static FontSpec font(Band band) {
        return new FontSpec(band.style().fontSize(), true, band.style().italic());
    }

    /**
     * @param band a band
     * @param width the band's width (ignored for rows, whose strip has a fixed width)
     * @param metrics text metrics
     * @return the header's lines
     */
    public static List<String> lines(Band band, double width, TextMetrics metrics) {
        if (band.label().isEmpty()) {
            return List.of();
        }
        return switch (band.bandKind()) {
            case ROW -> metrics.wrap(band.label(), font(band), ROW_HEADER_WIDTH - 2 * PADDING, ROW_LINES);
            case COLUMN -> metrics.wrap(band.label(), font(band), Math.max(1, width - 2 * PADDING), COLUMN_LINES);
            case REGION -> metrics.wrap(band.label(), font(band), Math.max(1, width - 2 * PADDING), 1);
        };
    }

    /**
     * @param band a column band or region
     * @param width its width
     * @param metrics text metrics
     * @return the height of its top header strip (0 for a row band)
     */
    public static double height(Band band, double width, TextMetrics metrics) {
        if (band.bandKind() == BandKind.ROW) {
            return 0;
        }
        return Math.max(1, lines(band, width, metrics).size()) * metrics.lineHeight(font(band)) + 2 * PADDING;
    }

    /**
     * @param band a row band
     * @param metrics text metrics
     * @return the height its header's text needs (the lane must be at least as tall)
     */
    public static double rowTextHeight(Band band, TextMetrics metrics) {
        return lines(band, 0, metrics).size() * metrics.lineHeight(font(band)) + 2 * PADDING;
    }
}
