// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * The diagram's title and subtitle, at the top left of its bounds: layouts start their content
 * {@link #height(Diagram, TextMetrics)} below the top and make the diagram at least
 * {@link #width(Diagram, TextMetrics)} wide.
 */
public final class TitleBlock {

    /** The margin round the whole diagram, and above and left of the title. */
    public static final double MARGIN = 16;
    /** The title's font. */
    public static final FontSpec TITLE_FONT = new FontSpec(18, true, false);
    /** The subtitle's font. */
    public static final FontSpec SUBTITLE_FONT = new FontSpec(12, false, false);

    private TitleBlock() {
    }

    /**
     * @param diagram a diagram
     * @param metrics text metrics
     * @return the height from the diagram's top to the bottom of its subtitle (the top margin
     *         alone without title and subtitle)
     */
    public static double height(Diagram diagram, TextMetrics metrics) {
        double height = MARGIN;
        if (!diagram.title().isEmpty()) {
            height += metrics.lineHeight(TITLE_FONT);
        }
        if (!diagram.subtitle().isEmpty()) {
            height += metrics.lineHeight(SUBTITLE_FONT);
        }
        return height;
    }

    /**
     * @param diagram a diagram
     * @param metrics text metrics
     * @return the width the title and subtitle need, margins included
     */
    public static double width(Diagram diagram, TextMetrics metrics) {
        return 2 * MARGIN + Math.max(metrics.width(diagram.title(), TITLE_FONT), metrics.width(diagram.subtitle(), SUBTITLE_FONT));
    }
}
