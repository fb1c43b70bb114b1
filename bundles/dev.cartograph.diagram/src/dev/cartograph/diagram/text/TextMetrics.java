// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.text;

import java.util.List;

import dev.cartograph.diagram.render.FontSpec;

/**
 * Measures and wraps text for layouts. The default instance ({@link #standard()}) does not ask
 * the platform's fonts: it uses fixed advance widths (those of DejaVu Sans), so that the same
 * diagram wraps and lays out the same way on every machine, with or without a display, and the
 * SVG of a map is the same bytes everywhere.
 */
public interface TextMetrics {

    /**
     * @param text a line of text
     * @param font its font
     * @return its width, in diagram units
     */
    double width(String text, FontSpec font);

    /**
     * @param font a font
     * @return the distance from one baseline to the next
     */
    double lineHeight(FontSpec font);

    /**
     * @param font a font
     * @return the distance from the top of a line to its baseline
     */
    double ascent(FontSpec font);

    /**
     * Breaks a text into lines no wider than a width, at spaces where it can and inside words
     * where it must; when more lines would be needed than allowed, the last one ends with an
     * ellipsis (…). Line breaks in the text are kept.
     *
     * @param text the text
     * @param font its font
     * @param maxWidth the widest a line may be
     * @param maxLines the most lines (at least 1)
     * @return the lines, at least one (empty text gives one empty line)
     */
    List<String> wrap(String text, FontSpec font, double maxWidth, int maxLines);

    /** @return the deterministic metrics every layout uses by default */
    static TextMetrics standard() {
        return StandardTextMetrics.INSTANCE;
    }
}
