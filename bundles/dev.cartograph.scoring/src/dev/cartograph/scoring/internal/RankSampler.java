// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ranks use cases under randomly varied weights, on a precomputed matrix of normalised values.
 * The overall score is linear in the weights, so a sample costs one matrix-vector product and
 * one sort of primitive keys. Each key packs the score (quantised, descending) above the use
 * case's base position; use cases of the same quantised score share a rank (standard
 * competition ranking), so that the ranks do not depend on the order of their names.
 * <p>
 * A value that is not known (NaN: a use case ranked on partial scores) is uncertainty: in each
 * sample it takes a value drawn uniformly over the whole scale (0-100), from a generator that
 * depends on the seed, the sample and the cell only, so the result does not depend on threads.
 */
public final class RankSampler {

    /** Rank statistics per use case, indexed by base rank - 1. */
    public static final class Stats {
        /** Best rank taken. */
        public final int[] minRank;
        /** Worst rank taken. */
        public final int[] maxRank;
        /** Sum of the ranks over the samples. */
        public final long[] rankSum;
        /** Samples in which the use case is in the top K. */
        public final int[] topK;

        Stats(int[] baseRanks) {
            int n = baseRanks.length;
            minRank = baseRanks.clone();
            maxRank = baseRanks.clone();
            rankSum = new long[n];
            topK = new int[n];
        }

        void merge(Stats other) {
            for (int u = 0; u < minRank.length; u++) {
                minRank[u] = Math.min(minRank[u], other.minRank[u]);
                maxRank[u] = Math.max(maxRank[u], other.maxRank[u]);
                rankSum[u] += other.rankSum[u];
                topK[u] += other.topK[u];
            }
        }
    }

    private final int[] baseRanks;
    private final double[] values;
    private final int n;
    private final int m;
    private final double[] weights;
    private final int indexBits;
    private final double scale;
    private final long maxKey;
    private final boolean hasMissing;
    private long seed;

    /**
     * @param values the normalised values (0-100), row-major: use case {@code u} (in base rank
     *        order) on criterion {@code i} is {@code values[u * m + i]}
     * @param n the number of use cases
     * @param m the number of criteria
     * @param weights the base weights, one per criterion
     * @param baseRanks the ranks with the base weights, tied use cases sharing theirs
     */
    public RankSampler(double[] values, int n, int m, double[] weights, int[] baseRanks) {
        this.baseRanks = baseRanks.clone();
        this.values = values;
        this.n = n;
        this.m = m;
        this.weights = weights.clone();
        indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        maxKey = (1L << (63 - indexBits)) - 1;
        scale = maxKey / 100.0;
        boolean missing = false;
        for (double value : values) {
            missing |= Double.isNaN(value);
        }
        hasMissing = missing;
    }

    /**
     * Draws the samples and ranks the use cases in each.
     *
     * @param spread each weight is multiplied by a factor uniform in {@code [1 - spread, 1 + spread]}
     * @param samples the number of samples
     * @param topK K
     * @param seed the seed
     * @param threads the number of threads
     * @return the statistics, which do not depend on the number of threads
     */
    public Stats run(double spread, int samples, int topK, long seed, int threads) {
        this.seed = seed;
        double[] factors = new double[samples * m];
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < factors.length; k++) {
            factors[k] = 1.0 - spread + 2.0 * spread * random.nextDouble();
        }
        int chunks = Math.max(1, Math.min(threads, samples));
        if (chunks == 1) {
            return sample(factors, 0, samples, topK);
        }
        ExecutorService pool = Executors.newFixedThreadPool(chunks, runnable -> {
            Thread thread = new Thread(runnable, "Cartograph sensitivity"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Stats>> parts = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                int from = (int) ((long) samples * c / chunks);
                int to = (int) ((long) samples * (c + 1) / chunks);
                Callable<Stats> task = () -> sample(factors, from, to, topK);
                parts.add(pool.submit(task));
            }
            Stats total = new Stats(baseRanks);
            for (Future<Stats> part : parts) {
                total.merge(part.get());
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Stats sample(double[] factors, int from, int to, int topK) {
        Stats stats = new Stats(baseRanks);
        long[] keys = new long[n];
        double[] w = new double[m];
        long mask = (1L << indexBits) - 1;
        for (int s = from; s < to; s++) {
            double total = 0;
            for (int i = 0; i < m; i++) {
                w[i] = weights[i] * factors[s * m + i];
                total += w[i];
            }
            double inverse = total > 0 ? 1.0 / total : 0.0;
            for (int u = 0, row = 0; u < n; u++, row += m) {
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    double value = values[row + i];
                    if (hasMissing && Double.isNaN(value)) {
                        value = uncertain(s, row + i);
                    }
                    sum += w[i] * value;
                }
                keys[u] = (quantise(sum * inverse) << indexBits) | u;
            }
            Arrays.sort(keys);
            int rank = 0;
            for (int r = 0; r < n; r++) {
                int u = (int) (keys[r] & mask);
                if (r == 0 || keys[r] >>> indexBits != keys[r - 1] >>> indexBits) {
                    rank = r + 1;
                }
                if (rank < stats.minRank[u]) {
                    stats.minRank[u] = rank;
                }
                if (rank > stats.maxRank[u]) {
                    stats.maxRank[u] = rank;
                }
                stats.rankSum[u] += rank;
                if (rank <= topK) {
                    stats.topK[u]++;
                }
            }
        }
        return stats;
    }

    /** A value uniform in [0, 100) for one unknown cell in one sample (SplitMix64 of seed, sample, cell). */
    private double uncertain(int sample, int cell) {
        long z = seed + 0x9E3779B97F4A7C15L * ((long) sample * values.length + cell + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53 * 100.0;
    }

    private long quantise(double score) {
        long q = (long) ((100.0 - score) * scale);
        return q < 0 ? 0 : Math.min(q, maxKey);
    }
}
