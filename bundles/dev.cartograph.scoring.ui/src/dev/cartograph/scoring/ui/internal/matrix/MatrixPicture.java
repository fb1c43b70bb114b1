// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.util.List;

/**
 * What the matrix shows, in pixels of a picture: the plot with its axes, the quadrants, the
 * bubbles, their labels and a legend. Built from what the chart shows and written by
 * {@link SvgWriter}. Plain data.
 *
 * @param width the picture's width
 * @param height the picture's height
 * @param plot the plot area
 * @param xTitle the horizontal axis's title
 * @param yTitle the vertical axis's title
 * @param xTicks the horizontal axis's ticks (position = x)
 * @param yTicks the vertical axis's ticks (position = y)
 * @param quadrants the four quadrants' areas and names
 * @param thresholdX the x of the feasibility threshold's line
 * @param thresholdY the y of the impact threshold's line
 * @param bubbles the bubbles, in drawing order
 * @param labels the labels
 * @param legend the legend's entries
 * @param title the title written above the plot (the portfolio, the view), or {@code null}
 * @param cells the density view's cells with use cases, empty when bubbles are shown
 * @param note the legend's last line (what bubble sizes or cells mean, what is not shown), or {@code null}
 */
public record MatrixPicture(int width, int height, Rect plot, String xTitle, String yTitle, List<Tick> xTicks,
        List<Tick> yTicks, List<Quadrant> quadrants, int thresholdX, int thresholdY, List<Bubble> bubbles,
        List<Text> labels, List<LegendEntry> legend, String title, List<Cell> cells, String note) {

    /**
     * A picture without title, cells or note.
     */
    public MatrixPicture(int width, int height, Rect plot, String xTitle, String yTitle, List<Tick> xTicks,
            List<Tick> yTicks, List<Quadrant> quadrants, int thresholdX, int thresholdY, List<Bubble> bubbles,
            List<Text> labels, List<LegendEntry> legend) {
        this(width, height, plot, xTitle, yTitle, xTicks, yTicks, quadrants, thresholdX, thresholdY, bubbles, labels,
                legend, null, List.of(), null);
    }

    /**
     * A cell of the density view.
     *
     * @param area where it is
     * @param count how many use cases fall in it
     * @param share its count against the largest cell's, 0-1 (how dark it is)
     * @param title its description, shown on hover by SVG viewers
     */
    public record Cell(Rect area, int count, double share, String title) {
    }

    /** Copies the lists. */
    public MatrixPicture {
        cells = List.copyOf(cells);
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
        quadrants = List.copyOf(quadrants);
        bubbles = List.copyOf(bubbles);
        labels = List.copyOf(labels);
        legend = List.copyOf(legend);
    }

    /**
     * A colour.
     *
     * @param red 0-255
     * @param green 0-255
     * @param blue 0-255
     */
    public record Rgb(int red, int green, int blue) {
        /** @return the colour as {@code #rrggbb} */
        public String hex() {
            return String.format("#%02x%02x%02x", red, green, blue); //$NON-NLS-1$
        }
    }

    /**
     * A rectangle.
     *
     * @param x left
     * @param y top
     * @param width width
     * @param height height
     */
    public record Rect(int x, int y, int width, int height) {
    }

    /**
     * A tick of an axis.
     *
     * @param position its x (horizontal axis) or y (vertical axis)
     * @param text its label
     */
    public record Tick(int position, String text) {
    }

    /**
     * A quadrant's area and its name, written in the area's outer corner.
     *
     * @param area the area
     * @param fill its tint
     * @param name its name
     * @param right whether the name is written at the area's right (else left)
     * @param top whether the name is written at the area's top (else bottom)
     */
    public record Quadrant(Rect area, Rgb fill, String name, boolean right, boolean top) {
    }

    /**
     * A bubble.
     *
     * @param x centre
     * @param y centre
     * @param radius radius
     * @param fill fill colour
     * @param hollow whether it is drawn as an outline only (no financial figure)
     * @param gated whether it is marked as kept out of the ranking by a gate
     * @param partial whether it is ranked on partial scores (a dotted ring around it)
     * @param selected whether it is selected
     * @param title its description, shown on hover by SVG viewers
     */
    public record Bubble(int x, int y, int radius, Rgb fill, boolean hollow, boolean gated, boolean partial,
            boolean selected, String title) {
    }

    /**
     * A label.
     *
     * @param x left
     * @param y top
     * @param width its width on screen (for the light background behind it)
     * @param height its line height
     * @param text the text
     * @param leader the line from its bubble (x1, y1, x2, y2), or {@code null}
     */
    public record Text(int x, int y, int width, int height, String text, int[] leader) {
    }

    /**
     * An entry of the legend.
     *
     * @param fill its colour
     * @param hollow drawn as an outline
     * @param gated drawn with the gate mark
     * @param partial drawn with the dotted ring of partial scores
     * @param text what it means
     */
    public record LegendEntry(Rgb fill, boolean hollow, boolean gated, boolean partial, String text) {
    }
}
