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
 * stay visible; the best-ranked use cases (and the selected one) get a label, put next to its
 * bubble where it overlaps no other label and, if possible, no labelled bubble (else at least
 * not the centre of one); a label that finds no such place is left out (it shows on hover).
 * Plain Java, no SWT.
 */
public final class BubbleLayout {

    /** The radius of a bubble without a financial figure. */
    public static final int MIN_RADIUS = 5;

    /** The radius of the biggest financial effect. */
    public static final int MAX_RADIUS = 26;

    private static final int GAP = 3;

    /** When a label cannot avoid the labelled bubbles, it still leaves this much of their centres free. */
    private static final int CENTRE = 6;

    /** How much farther the second ring of label positions is; such labels get a leader line. */
    private static final int LEADER = 18;

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
        boolean overlaps(int ox, int oy, int ow, int oh) {
            return x < ox + ow && ox < x + width && y < oy + oh && oy < y + height;
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
     * @return the layout
     */
    public static Result layout(List<BubbleSpec> specs, DoubleToIntFunction toX, DoubleToIntFunction toY, int width,
            int height, ToIntFunction<String> textWidth, int textHeight, int labelled, List<UseCase> always) {
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
            Label label = place(placed, candidates, labels, width, height, textWidth, textHeight);
            if (label != null) {
                labels.add(label);
            }
        }
        return new Result(List.copyOf(bubbles), List.copyOf(labels));
    }

    private static Label place(Placed bubble, List<Placed> obstacles, List<Label> placed, int width, int height,
            ToIntFunction<String> textWidth, int textHeight) {
        String text = bubble.spec().rank() > 0 ? "#" + bubble.spec().rank() + ' ' + bubble.spec().name() //$NON-NLS-1$
                : bubble.spec().name();
        int w = textWidth.applyAsInt(text);
        int h = textHeight;
        List<Placed> centres = new ArrayList<>(obstacles.size());
        for (Placed obstacle : obstacles) {
            centres.add(new Placed(obstacle.spec(), obstacle.x(), obstacle.y(), Math.min(obstacle.radius(), CENTRE)));
        }
        for (int ring = 0; ring < 2; ring++) {
            int r = bubble.radius() + GAP + ring * LEADER;
            int[][] offsets = { { r, -h / 2 }, { -r - w, -h / 2 }, { -w / 2, -r - h }, { -w / 2, r },
                    { r, -r - h + 2 }, { -r - w, -r - h + 2 }, { r, r - 2 }, { -r - w, r - 2 } };
            for (List<Placed> avoided : List.of(obstacles, centres)) {
                for (int[] offset : offsets) {
                    int x = bubble.x() + offset[0];
                    int y = bubble.y() + offset[1];
                    if (x >= 0 && y >= 0 && x + w <= width && y + h <= height
                            && free(x, y, w, h, bubble, avoided, placed)) {
                        return new Label(bubble.spec(), text, x, y, w, h, ring == 0 ? null : leader(bubble, x, y, w, h));
                    }
                }
            }
        }
        return null;
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

    private static boolean free(int x, int y, int w, int h, Placed self, List<Placed> obstacles, List<Label> placed) {
        for (Label label : placed) {
            if (label.overlaps(x, y, w, h)) {
                return false;
            }
        }
        for (Placed other : obstacles) {
            if (other != self && circleOverlaps(other, x, y, w, h)) {
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
        return dx * dx + dy * dy < (long) circle.radius() * circle.radius();
    }
}
