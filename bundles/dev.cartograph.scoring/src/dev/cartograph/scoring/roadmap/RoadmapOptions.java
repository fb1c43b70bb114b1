// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.roadmap;

/**
 * Options of the roadmap planner.
 *
 * @param defaultWaveCount how many waves to propose when the portfolio has no roadmap or a
 *        roadmap without waves; at least 1
 * @param defaultCapacity the capacity of a proposed wave and of a model wave whose capacity is
 *        unset; 0 shares the quick wins and strategic bets evenly between the waves
 *        (rounded up)
 */
public record RoadmapOptions(int defaultWaveCount, int defaultCapacity) {

    /** The default number of waves. */
    public static final int DEFAULT_WAVE_COUNT = 3;

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException if {@code defaultWaveCount < 1} or {@code defaultCapacity < 0}
     */
    public RoadmapOptions {
        if (defaultWaveCount < 1 || defaultCapacity < 0) {
            throw new IllegalArgumentException("invalid roadmap options"); //$NON-NLS-1$
        }
    }

    /** @return three waves, capacity shared evenly */
    public static RoadmapOptions defaults() {
        return new RoadmapOptions(DEFAULT_WAVE_COUNT, 0);
    }
}
