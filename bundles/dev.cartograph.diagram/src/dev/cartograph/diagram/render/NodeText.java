// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Style;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * How the text and badges of a node sit in its box: the contract between the layouts, which
 * size boxes with {@link #fit(Node, double, TextMetrics)}, and {@link DiagramPainter}, which draws
 * the lines where this class says.
 * <p>
 * A box has a padding all round; badges at the top corners take a strip at the top of the box,
 * those at the bottom corners a strip at the bottom; between them the label's lines, then the
 * detail lines in a smaller font. A leaf node centres this text; a container puts it at its top,
 * as its title, above its children.
 */
public final class NodeText {

    /** The space between a box's border and its text. */
    public static final double PADDING = 6;
    /** The most lines a label is wrapped to; the last one ends with an ellipsis if cut. */
    public static final int MAX_LABEL_LINES = 4;
    /** The most lines all details together take. */
    public static final int MAX_DETAIL_LINES = 4;
    /** The space between the label and the details, and between badges. */
    public static final double GAP = 3;

    private static final double BADGE_PADDING = 4;

    private NodeText() {
    }

    /** @param style a node's style @return the font of its label */
    public static FontSpec labelFont(Style style) {
        return FontSpec.of(style);
    }

    /** @param style a node's style @return the font of its details */
    public static FontSpec detailFont(Style style) {
        return new FontSpec(Math.max(8, Math.round(style.fontSize() * 0.85 * 2) / 2.0), false, false);
    }

    /** @param badge a badge @return the font of its text */
    public static FontSpec badgeFont(Badge badge) {
        return new FontSpec(badge.style().fontSize(), true, false);
    }

    /**
     * @param badge a badge
     * @param metrics text metrics
     * @return its height
     */
    public static double badgeHeight(Badge badge, TextMetrics metrics) {
        return metrics.lineHeight(badgeFont(badge)) + 2;
    }

    /**
     * @param badge a badge
     * @param metrics text metrics
     * @return its width (at least its height, so that one character gives a circle or square)
     */
    public static double badgeWidth(Badge badge, TextMetrics metrics) {
        return Math.max(badgeHeight(badge, metrics), metrics.width(badge.text(), badgeFont(badge)) + 2 * BADGE_PADDING);
    }

    /**
     * @param node a node
     * @param top the top strip, else the bottom one
     * @param metrics text metrics
     * @return the height of the badge strip at the top or bottom of its box, 0 without badges there
     */
    public static double badgeStrip(Node node, boolean top, TextMetrics metrics) {
        double height = 0;
        for (Badge b : node.badges()) {
            if (isTop(b.position()) == top) {
                height = Math.max(height, badgeHeight(b, metrics) + GAP);
            }
        }
        return height;
    }

    /**
     * @param node a node
     * @param metrics text metrics
     * @return the narrowest the box can be to hold its badges side by side
     */
    public static double minWidth(Node node, TextMetrics metrics) {
        double[] rows = new double[BadgePosition.values().length];
        for (Badge b : node.badges()) {
            rows[b.position().ordinal()] += badgeWidth(b, metrics) + GAP;
        }
        double top = rows[BadgePosition.TOP_LEFT.ordinal()] + rows[BadgePosition.TOP_RIGHT.ordinal()];
        double bottom = rows[BadgePosition.BOTTOM_LEFT.ordinal()] + rows[BadgePosition.BOTTOM_RIGHT.ordinal()];
        return Math.max(top, bottom) + 2 * PADDING;
    }

    /**
     * Wraps the node's label and details to a box width, sets its
     * {@linkplain Node#labelLines() label lines} and {@linkplain Node#detailLines() detail
     * lines}, and says how tall the box must be to hold them with its badges.
     *
     * @param node a node
     * @param width the width of its box
     * @param metrics text metrics
     * @return the height its text and badges need, padding included
     */
    public static double fit(Node node, double width, TextMetrics metrics) {
        double inner = Math.max(1, width - 2 * PADDING);
        Style style = node.style();
        List<String> label = node.label().isEmpty() ? List.of() : metrics.wrap(node.label(), labelFont(style), inner, MAX_LABEL_LINES);
        List<String> details = new ArrayList<>();
        for (String detail : node.details()) {
            int room = MAX_DETAIL_LINES - details.size();
            if (room <= 0) {
                break;
            }
            details.addAll(metrics.wrap(detail, detailFont(style), inner, Math.min(2, room)));
        }
        node.setLabelLines(label);
        node.setDetailLines(details);
        return textHeight(node, metrics) + badgeStrip(node, true, metrics) + badgeStrip(node, false, metrics) + 2 * PADDING;
    }

    /**
     * @param node a node whose lines are set
     * @param metrics text metrics
     * @return the height of its label and detail lines together
     */
    public static double textHeight(Node node, TextMetrics metrics) {
        double height = node.labelLines().size() * metrics.lineHeight(labelFont(node.style()));
        if (!node.detailLines().isEmpty()) {
            height += (height > 0 ? GAP : 0) + node.detailLines().size() * metrics.lineHeight(detailFont(node.style()));
        }
        return height;
    }

    /**
     * @param position a badge position
     * @return whether it is on the top edge
     */
    public static boolean isTop(BadgePosition position) {
        return position == BadgePosition.TOP_LEFT || position == BadgePosition.TOP_RIGHT;
    }
}
