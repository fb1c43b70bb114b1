// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times a piece of work: a few warm-up runs, not counted, then the medians of the measured runs,
 * in elapsed time and in the measuring thread's processor time. A full collection precedes each
 * measured run, outside the time, so that a run does not pay for the garbage of the previous ones
 * (or of the previous measure). On a machine shared with other work, the processor time shows what
 * the work costs without the waits for a processor; it leaves out other threads.
 *
 * @param medianMillis the median elapsed time, in milliseconds
 * @param cpuMillis the median processor time of the measuring thread, in milliseconds; {@code NaN}
 *        if the JVM cannot measure it
 */
public record Timing(double medianMillis, double cpuMillis) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        long[] elapsed = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long startCpu = cpuNanos();
            long start = System.nanoTime();
            work.run();
            elapsed[i] = System.nanoTime() - start;
            cpu[i] = cpuNanos() - startCpu;
        }
        return of(elapsed, cpu);
    }

    /**
     * @param elapsed elapsed times in nanoseconds, at least one
     * @param cpu processor times in nanoseconds, as many; negative when not measured
     * @return their medians
     */
    public static Timing of(long[] elapsed, long[] cpu) {
        boolean measured = Arrays.stream(cpu).allMatch(t -> t >= 0);
        return new Timing(median(elapsed) / 1e6, measured ? median(cpu) / 1e6 : Double.NaN);
    }

    /** @return the current thread's processor time in nanoseconds, or a negative number if unknown */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
