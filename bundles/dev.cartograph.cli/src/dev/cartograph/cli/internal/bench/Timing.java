// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.util.Arrays;

/**
 * Times a piece of work: a few warm-up runs, not counted, then the median (and the fastest) of
 * the measured runs.
 *
 * @param medianMillis the median duration, in milliseconds
 * @param minMillis the shortest duration, in milliseconds
 */
public record Timing(double medianMillis, double minMillis) {

    /** Work to time. */
    @FunctionalInterface
    public interface Work {
        /**
         * @throws Exception if the work fails: the benchmark stops
         */
        void run() throws Exception;
    }

    /**
     * @param warmup runs not counted
     * @param runs runs counted, at least 1
     * @param work the work
     * @return the timing
     * @throws Exception what the work throws
     */
    public static Timing of(int warmup, int runs, Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        long[] durations = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            durations[i] = System.nanoTime() - start;
        }
        return of(durations);
    }

    /**
     * @param durations durations in nanoseconds, at least one
     * @return their median and minimum
     */
    public static Timing of(long[] durations) {
        long[] sorted = durations.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return new Timing(median / 1e6, sorted[0] / 1e6);
    }
}
