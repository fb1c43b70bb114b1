// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The range of values a criterion accepts, with an optional rubric: {@code rubric.get(i)}
 * describes the value {@code min + i} (for example five texts for a 1-5 scale).
 *
 * @param min the lowest value
 * @param max the highest value, greater than {@code min}
 * @param rubric the text of each whole level from {@code min}, possibly empty
 */
public record Scale(double min, double max, List<String> rubric) {

    /**
     * Validates the bounds and copies the rubric.
     *
     * @throws IllegalArgumentException if a bound is not finite, {@code min >= max}, or the
     *         rubric has more entries than the scale has whole levels
     */
    public Scale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
            throw new IllegalArgumentException("invalid scale bounds " + min + ".." + max); //$NON-NLS-1$ //$NON-NLS-2$
        }
        rubric = List.copyOf(rubric);
        if (rubric.size() > Math.floor(max - min) + 1) {
            throw new IllegalArgumentException("rubric has more levels than the scale"); //$NON-NLS-1$
        }
    }

    /**
     * @param min the lowest value
     * @param max the highest value
     * @param rubric the text of each whole level from {@code min}
     * @return the scale
     */
    public static Scale of(double min, double max, String... rubric) {
        return new Scale(min, max, List.of(rubric));
    }

    /**
     * @param value a value
     * @return whether the value is a number between {@code min} and {@code max} inclusive
     */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * Maps a value of this scale linearly to 0-100: {@code (value - min) / (max - min) * 100}.
     *
     * @param value a value of this scale
     * @return the value on 0-100, not oriented (see {@link Direction#orient(double)})
     */
    public double normalise(double value) {
        return (value - min) / (max - min) * 100.0;
    }

    /**
     * @param value a value of this scale
     * @return the rubric text of the whole level {@code value}, if the rubric has one
     */
    public Optional<String> rubricFor(double value) {
        double index = value - min;
        if (index != Math.rint(index) || index < 0 || index >= rubric.size()) {
            return Optional.empty();
        }
        return Optional.of(rubric.get((int) index));
    }
}
