// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures of the benchmark: what stays in use after a collection, and the peak. */
final class Memory {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private Memory() {
    }

    /** Collects garbage and starts a new peak. */
    static void resetPeak() {
        collect();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * @return the sum of the heap pools' peak use since {@link #resetPeak()}, in MB: an upper
     *         bound of the heap in use at any time, garbage not yet collected included
     */
    static double peakMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / MEGABYTE;
    }

    /** @return the heap in use after a full collection, in MB: what the reachable objects take */
    static double usedAfterCollectionMegabytes() {
        collect();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MEGABYTE;
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
