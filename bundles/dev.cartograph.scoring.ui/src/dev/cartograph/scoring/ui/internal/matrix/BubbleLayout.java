// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleToIntFunction;
import java.util.function.ToIntFunction;

import dev.cartograph.model.UseCase;

/**
 * Places the matrix's bubbles and labels in pixels: the bubble's area grows with the financial
 * effect (a minimum size when there is none); big bubbles are drawn first so that small ones
 * stay visible; the best-ranked use cases (and the selected one) get a label. Labels are placed
 * greedily, best rank first, at the first of a list of candidate positions around the bubble
 * (next to it, then farther away with a leader line) where the label overlaps no bubble, no
 * label placed before and no reserved area (the quadrants' names), inside the plot; a label
 * that finds no such place is left out (it shows on hover). Plain Java, no SWT.
 */
public final class BubbleLayout {

    /** The radius of a bubble without a financial figure. */
    public static final int MIN_RADIUS = 5;

    /** The radius of the biggest financial effect. */
    public static final int MAX_RADIUS = 26;

    private static final int GAP = 3;

    /** How much farther than next to the bubble each ring of label positions is; beyond 0, with a leader line. */
    private static final int[] RINGS = { 0, 16, 34, 56, 84, 120 };

    /** Directions tried on each ring, in sixteenths of a turn: right, left, up, down first, then between. */
    private static final int[] DIRECTIONS = { 0, 8, 12, 4, 14, 10, 2, 6, 15, 13, 9, 11, 1, 3, 7, 5 };

    /** Labels longer than this are shortened (the full name shows on hover). */
    static final int MAX_LABEL = 36;

    /**
     * A bubble in pixels.
     *
     * @param spec what it stands for
     * @param x the centre's x
     * @param y the centre's y
     * @param radius the radius
     */
    public record Placed(BubbleSpec spec, int x, int y, int radius) {
        /**
         * @param px a point's x
         * @param py a point's y
         * @param slack extra pixels around the bubble that still count
         * @return whether the point is on the bubble
         */
        public boolean contains(int px, int py, int slack) {
            long dx = px - x;
            long dy = py - y;
            long reach = radius + slack;
            return dx * dx + dy * dy <= reach * reach;
        }
    }

    /**
     * A label in pixels: its text's top left corner and size, and, for a label set a little
     * away from its bubble, the leader line that joins them.
     *
     * @param spec whose label it is
     * @param text the text
     * @param x left
     * @param y top
     * @param width width
     * @param height height
     * @param leader the leader line (x1, y1, x2, y2: from the bubble's edge to the label), or
     *        {@code null} for a label next to its bubble
     */
    public record Label(BubbleSpec spec, String text, int x, int y, int width, int height, int[] leader) {
        /**
         * @param ox another rectangle's left
         * @param oy its top
         * @param ow its width
         * @param oh its height
         * @return whether the label's rectangle and that one share pixels
         */
        public boolean overlaps(int ox, int oy, int ow, int oh) {
            return x < ox + ow && ox < x + width && y < oy + oh && oy < y + height;
        }

        /**
         * @param bubble a bubble
         * @return whether the label's rectangle covers part of the bubble
         */
        public boolean overlaps(Placed bubble) {
            return circleOverlaps(bubble, x, y, width, height);
        }
    }

    /**
     * @param bubbles the bubbles, in drawing order (the last is on top)
     * @param labels the labels placed
     */
    public record Result(List<Placed> bubbles, List<Label> labels) {

        /**
         * @param px a point's x
         * @param py a point's y
         * @return the topmost bubble under the point (within 3 pixels), or {@code null}
         */
        public Placed hit(int px, int py) {
            for (int i = bubbles.size() - 1; i >= 0; i--) {
                if (bubbles.get(i).contains(px, py, 0)) {
                    return bubbles.get(i);
                }
            }
            for (int i = bubbles.size() - 1; i >= 0; i--) {
                if (bubbles.get(i).contains(px, py, 3)) {
                    return bubbles.get(i);
                }
            }
            return null;
        }

        /**
         * @param useCase a use case
         * @return its bubble, or {@code null}
         */
        public Placed find(UseCase useCase) {
            for (Placed placed : bubbles) {
                if (placed.spec().useCase() == useCase) {
                    return placed;
                }
            }
            return null;
        }
    }

    private BubbleLayout() {
    }

    /**
     * @param effect a financial effect, {@code NaN} or not positive when unknown
     * @param largest the largest effect of the matrix
     * @return the bubble's radius: {@link #MIN_RADIUS} for none, area proportional above it
     */
    public static int radius(double effect, double largest) {
        if (!(effect > 0) || !(largest > 0)) {
            return MIN_RADIUS;
        }
        double share = Math.sqrt(Math.min(1.0, effect / largest));
        return (int) Math.round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share);
    }

    /**
     * Places the bubbles and labels.
     *
     * @param specs the bubbles
     * @param toX maps a feasibility to a pixel x
     * @param toY maps an impact to a pixel y
     * @param width the plot's width in pixels
     * @param height the plot's height in pixels
     * @param textWidth measures a label's width in pixels
     * @param textHeight a label's height in pixels
     * @param labelled how many of the best-ranked use cases get a label
     * @param always use cases labelled whatever their rank (the selection), possibly empty
     * @param reserved areas no label may cover ({x, y, width, height} each: the quadrants' names)
     * @return the layout
     */
    public static Result layout(List<BubbleSpec> specs, DoubleToIntFunction toX, DoubleToIntFunction toY, int width,
            int height, ToIntFunction<String> textWidth, int textHeight, int labelled, List<UseCase> always,
            List<int[]> reserved) {
        double largest = 0;
        for (BubbleSpec spec : specs) {
            if (spec.effect() > largest) {
                largest = spec.effect();
            }
        }
        List<Placed> bubbles = new ArrayList<>(specs.size());
        for (BubbleSpec spec : specs) {
            bubbles.add(new Placed(spec, toX.applyAsInt(spec.feasibility()), toY.applyAsInt(spec.impact()),
                    radius(spec.effect(), largest)));
        }
        bubbles.sort(Comparator.comparingInt(Placed::radius).reversed());
        List<Placed> candidates = new ArrayList<>();
        for (Placed placed : bubbles) {
            if (always.contains(placed.spec().useCase())) {
                candidates.add(placed);
            }
        }
        bubbles.stream().filter(p -> p.spec().rank() > 0 && !always.contains(p.spec().useCase()))
                .sorted(Comparator.comparingInt(p -> p.spec().rank())).limit(Math.max(0, labelled))
                .forEach(candidates::add);
        List<Label> labels = new ArrayList<>();
        for (Placed placed : candidates) {
            Label label = place(placed, bubbles, labels, reserved, width, height, textWidth, textHeight);
            if (label != null) {
                labels.add(label);
            }
        }
        return new Result(List.copyOf(bubbles), List.copyOf(labels));
    }

    private static Label place(Placed bubble, List<Placed> obstacles, List<Label> placed, List<int[]> reserved,
            int width, int height, ToIntFunction<String> textWidth, int textHeight) {
        String text = text(bubble.spec());
        int w = textWidth.applyAsInt(text);
        int h = textHeight;
        for (int ring = 0; ring < RINGS.length; ring++) {
            int r = bubble.radius() + GAP + RINGS[ring];
            for (int direction : DIRECTIONS) {
                double angle = Math.PI * direction / 8;
                double cos = Math.cos(angle);
                double sin = -Math.sin(angle);
                int px = bubble.x() + (int) Math.round(r * cos);
                int py = bubble.y() + (int) Math.round(r * sin);
                int x = cos > 0.3 ? px : cos < -0.3 ? px - w : px - w / 2;
                int y = sin > 0.3 ? py : sin < -0.3 ? py - h : py - h / 2;
                if (x < 0 || y < 0 || x + w > width || y + h > height
                        || !free(x, y, w, h, obstacles, placed, reserved)) {
                    continue;
                }
                int[] leader = ring == 0 ? null : leader(bubble, x, y, w, h);
                if (leader == null || !crosses(leader, placed)) {
                    return new Label(bubble.spec(), text, x, y, w, h, leader);
                }
            }
        }
        return null;
    }

    /**
     * @param spec a bubble
     * @return its label: rank and name, a long name shortened
     */
    static String text(BubbleSpec spec) {
        String name = spec.name().length() > MAX_LABEL ? spec.name().substring(0, MAX_LABEL - 1).strip() + '\u2026'
                : spec.name();
        return spec.rank() > 0 ? "#" + spec.rank() + ' ' + name : name; //$NON-NLS-1$
    }

    /** @return a line from the bubble's edge towards the label to the label's nearest point */
    private static int[] leader(Placed bubble, int x, int y, int w, int h) {
        int nearestX = Math.max(x, Math.min(bubble.x(), x + w));
        int nearestY = Math.max(y, Math.min(bubble.y(), y + h));
        double dx = nearestX - bubble.x();
        double dy = nearestY - bubble.y();
        double length = Math.max(1, Math.hypot(dx, dy));
        int startX = (int) Math.round(bubble.x() + dx / length * bubble.radius());
        int startY = (int) Math.round(bubble.y() + dy / length * bubble.radius());
        return new int[] { startX, startY, nearestX, nearestY };
    }

    /** @return whether a leader line passes over a label placed before */
    private static boolean crosses(int[] line, List<Label> placed) {
        double length = Math.hypot(line[2] - line[0], line[3] - line[1]);
        int steps = Math.max(1, (int) (length / 2));
        for (int i = 0; i <= steps; i++) {
            int px = line[0] + (line[2] - line[0]) * i / steps;
            int py = line[1] + (line[3] - line[1]) * i / steps;
            for (Label label : placed) {
                if (label.overlaps(px, py, 1, 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean free(int x, int y, int w, int h, List<Placed> obstacles, List<Label> placed,
            List<int[]> reserved) {
        for (Label label : placed) {
            if (label.overlaps(x, y, w, h)) {
                return false;
            }
        }
        for (int[] area : reserved) {
            if (x < area[0] + area[2] && area[0] < x + w && y < area[1] + area[3] && area[1] < y + h) {
                return false;
            }
        }
        for (Placed other : obstacles) {
            if (circleOverlaps(other, x, y, w, h)) {
                return false;
            }
        }
        return true;
    }

    private static boolean circleOverlaps(Placed circle, int x, int y, int w, int h) {
        long nearestX = Math.max(x, Math.min(circle.x(), x + w));
        long nearestY = Math.max(y, Math.min(circle.y(), y + h));
        long dx = circle.x() - nearestX;
        long dy = circle.y() - nearestY;
        long reach = circle.radius() + 1L;
        return dx * dx + dy * dy < reach * reach;
    }
}
