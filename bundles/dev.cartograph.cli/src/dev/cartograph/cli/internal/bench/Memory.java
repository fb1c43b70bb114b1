// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap figures of the benchmark: what stays in use after a full collection, and the peak of the
 * heap in use while the work runs, sampled every few milliseconds by a daemon thread.
 */
final class Memory implements AutoCloseable {

    private static final double MEGABYTE = 1024.0 * 1024.0;
    private static final long SAMPLE_MILLIS = 5;

    private final MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    /** Collects garbage, then starts sampling the heap in use. */
    Memory() {
        collect();
        sampler = new Thread(this::sample, "cartograph-bench-heap-sampler"); //$NON-NLS-1$
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long used = bean.getHeapMemoryUsage().getUsed();
            peak.accumulateAndGet(used, Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * @return the largest heap in use seen since this object was created, in MB, garbage not yet
     *         collected included: it depends on the collector and on the maximum heap
     */
    double peakMegabytes() {
        peak.accumulateAndGet(bean.getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get() / MEGABYTE;
    }

    /** @return the heap in use after a full collection, in MB: what the reachable objects take */
    double usedAfterCollectionMegabytes() {
        collect();
        long used = bean.getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
        return used / MEGABYTE;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
