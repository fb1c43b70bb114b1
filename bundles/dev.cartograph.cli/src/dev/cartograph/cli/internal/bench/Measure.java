// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

/**
 * What the benchmark measures, with its unit and its target. Times are in milliseconds, memory
 * in megabytes.
 */
public enum Measure {
    /** Loading the file with Cartograph's safe persistence; target: within 1.2 times the plain EMF load. */
    LOAD("ms", 1.2, true), //$NON-NLS-1$
    /** Saving the file atomically; compared with the plain EMF save, no target. */
    SAVE("ms", 0, false), //$NON-NLS-1$
    /** Validating the portfolio (scoring included); target: under 1 s. */
    VALIDATE("ms", 1000, false), //$NON-NLS-1$
    /** Scoring every use case; target: under 50 ms. */
    SCORE("ms", 50, false), //$NON-NLS-1$
    /** The {@code rank} command's work: scoring, the ranking and the use cases left out, formatted; no target. */
    RANK("ms", 0, false), //$NON-NLS-1$
    /** Re-scoring after one score changes, in a scoring session; target: under 1 ms. */
    RESCORE("ms", 1, false), //$NON-NLS-1$
    /** The sensitivity analysis with 1,000 weight samples; target: under 2 s. */
    SENSITIVITY("ms", 2000, false), //$NON-NLS-1$
    /** The heap in use after a full collection, model, scoring and session loaded; target: under 500 MB. */
    HEAP_AFTER_GC("MB", 500, false), //$NON-NLS-1$
    /**
     * The largest heap in use while the measures of one size run, sampled every 5 ms, garbage not
     * yet collected included. Shown for information, without a target: it depends on the collector
     * and grows with the maximum heap (-Xmx), whereas the heap the work needs is
     * {@link #HEAP_AFTER_GC}.
     */
    HEAP_PEAK("MB", 0, false); //$NON-NLS-1$

    private final String unit;
    private final double limit;
    private final boolean relative;

    Measure(String unit, double limit, boolean relative) {
        this.unit = unit;
        this.limit = limit;
        this.relative = relative;
    }

    /** @return {@code ms} or {@code MB} */
    public String unit() {
        return unit;
    }

    /** @return whether the measure has a target */
    public boolean hasTarget() {
        return limit > 0;
    }

    /**
     * @param value the measured value
     * @param baseline the baseline measured in the same run, {@code NaN} if none
     * @return whether the target is met, or {@code null} if the measure has no target
     */
    public Boolean met(double value, double baseline) {
        if (!hasTarget()) {
            return null;
        }
        return relative ? value <= limit * baseline : value < limit;
    }
}
