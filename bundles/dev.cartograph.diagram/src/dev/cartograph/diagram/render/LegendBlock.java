// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * How a {@link Legend} is arranged: its title, one row per item (a swatch, then its text,
 * wrapped), then its notes, wrapped. Layouts ask {@link #measure(Legend, TextMetrics, double)}
 * for its size and set {@link Legend#setBounds(Bounds)}; {@link DiagramPainter} draws it there.
 */
public final class LegendBlock {

    /** The space round the legend's content. */
    public static final double PADDING = 8;
    /** The narrowest an item's swatch is (wider when a symbol needs it, the same for all items). */
    public static final double SWATCH_WIDTH = 22;
    /** The height of an item's swatch. */
    public static final double SWATCH_HEIGHT = 14;

    static final FontSpec TITLE_FONT = new FontSpec(12, true, false);
    static final FontSpec ITEM_FONT = new FontSpec(11, false, false);
    static final FontSpec NOTE_FONT = new FontSpec(10, false, true);
    /** The font of a swatch's symbol. */
    static final FontSpec SYMBOL_FONT = new FontSpec(9, true, false);

    private static final double MIN_WIDTH = 180;
    private static final double GAP = 6;
    private static final int ITEM_LINES = 3;
    private static final int NOTE_LINES = 8;

    /** A line of text placed relative to the legend's top left. */
    record Text(String text, double x, double baseline, FontSpec font) {
    }

    /** An item's swatch placed relative to the legend's top left. */
    record Swatch(LegendItem item, Bounds bounds) {
    }

    /** Everything placed, and the height it takes. */
    record Arrangement(List<Text> texts, List<Swatch> swatches, double height) {
    }

    private LegendBlock() {
    }

    /**
     * @param legend a legend
     * @param metrics text metrics
     * @param maxWidth the widest it may be
     * @return its size, at the origin
     */
    public static Bounds measure(Legend legend, TextMetrics metrics, double maxWidth) {
        double content = metrics.width(legend.title() == null ? "" : legend.title(), TITLE_FONT); //$NON-NLS-1$
        double swatch = swatchWidth(legend, metrics);
        for (LegendItem item : legend.items()) {
            content = Math.max(content, swatch + GAP + metrics.width(item.text(), ITEM_FONT));
        }
        double width = Math.min(Math.max(MIN_WIDTH, maxWidth), Math.max(MIN_WIDTH, content + 2 * PADDING));
        return new Bounds(0, 0, width, arrange(legend, metrics, width).height());
    }

    /** @return the width of the swatches of a legend: enough for the widest symbol */
    static double swatchWidth(Legend legend, TextMetrics metrics) {
        double width = SWATCH_WIDTH;
        for (LegendItem item : legend.items()) {
            if (item.symbol() != null) {
                width = Math.max(width, metrics.width(item.symbol(), SYMBOL_FONT) + 8);
            }
        }
        return width;
    }

    static Arrangement arrange(Legend legend, TextMetrics metrics, double width) {
        double swatch = swatchWidth(legend, metrics);
        List<Text> texts = new ArrayList<>();
        List<Swatch> swatches = new ArrayList<>();
        double inner = Math.max(1, width - 2 * PADDING);
        double y = PADDING;
        if (legend.title() != null && !legend.title().isEmpty()) {
            for (String line : metrics.wrap(legend.title(), TITLE_FONT, inner, 2)) {
                texts.add(new Text(line, PADDING, y + metrics.ascent(TITLE_FONT), TITLE_FONT));
                y += metrics.lineHeight(TITLE_FONT);
            }
            y += GAP;
        }
        double itemLine = metrics.lineHeight(ITEM_FONT);
        for (LegendItem item : legend.items()) {
            List<String> lines = metrics.wrap(item.text(), ITEM_FONT, Math.max(1, inner - swatch - GAP), ITEM_LINES);
            double rowHeight = Math.max(SWATCH_HEIGHT, lines.size() * itemLine);
            swatches.add(new Swatch(item, new Bounds(PADDING, y + (Math.min(rowHeight, itemLine + 2) - SWATCH_HEIGHT) / 2, swatch, SWATCH_HEIGHT)));
            double baseline = y + metrics.ascent(ITEM_FONT) + Math.max(0, (SWATCH_HEIGHT - itemLine) / 2);
            for (String line : lines) {
                texts.add(new Text(line, PADDING + swatch + GAP, baseline, ITEM_FONT));
                baseline += itemLine;
            }
            y += rowHeight + GAP / 2;
        }
        for (String note : legend.notes()) {
            y += GAP / 2;
            for (String line : metrics.wrap(note, NOTE_FONT, inner, NOTE_LINES)) {
                texts.add(new Text(line, PADDING, y + metrics.ascent(NOTE_FONT), NOTE_FONT));
                y += metrics.lineHeight(NOTE_FONT);
            }
        }
        return new Arrangement(texts, swatches, y + PADDING);
    }
}
