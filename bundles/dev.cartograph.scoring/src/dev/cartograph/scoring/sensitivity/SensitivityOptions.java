// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.sensitivity;

/**
 * How the weights vary in a sensitivity analysis.
 *
 * @param spread {@code s}: each enabled weight is multiplied by a factor drawn uniformly from
 *        {@code [1 - s, 1 + s]}, independently; between 0 and 1
 * @param samples how many weight vectors to draw, at least 0
 * @param topK the {@code K} of "probability of being in the top K", at least 1
 * @param seed the seed of the random generator: the same seed gives the same result,
 *        whatever the number of threads
 * @param threads how many threads share the samples, at least 1
 */
public record SensitivityOptions(double spread, int samples, int topK, long seed, int threads) {

    /** The default spread, 0.2 (weights vary by up to 20% either way). */
    public static final double DEFAULT_SPREAD = 0.2;

    /** The default number of samples. */
    public static final int DEFAULT_SAMPLES = 1000;

    /** The default K. */
    public static final int DEFAULT_TOP_K = 10;

    /** The default seed. */
    public static final long DEFAULT_SEED = 20_260_101L;

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException if one is out of range
     */
    public SensitivityOptions {
        if (!(spread >= 0 && spread <= 1) || samples < 0 || topK < 1 || threads < 1) {
            throw new IllegalArgumentException("invalid sensitivity options"); //$NON-NLS-1$
        }
    }

    /** @return the defaults: spread 0.2, 1000 samples, top 10, a fixed seed, one thread per processor */
    public static SensitivityOptions defaults() {
        return new SensitivityOptions(DEFAULT_SPREAD, DEFAULT_SAMPLES, DEFAULT_TOP_K, DEFAULT_SEED,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param value the spread
     * @return a copy with that spread
     */
    public SensitivityOptions withSpread(double value) {
        return new SensitivityOptions(value, samples, topK, seed, threads);
    }

    /**
     * @param value the number of samples
     * @return a copy with that number of samples
     */
    public SensitivityOptions withSamples(int value) {
        return new SensitivityOptions(spread, value, topK, seed, threads);
    }

    /**
     * @param value K
     * @return a copy with that K
     */
    public SensitivityOptions withTopK(int value) {
        return new SensitivityOptions(spread, samples, value, seed, threads);
    }

    /**
     * @param value the seed
     * @return a copy with that seed
     */
    public SensitivityOptions withSeed(long value) {
        return new SensitivityOptions(spread, samples, topK, value, threads);
    }

    /**
     * @param value the number of threads
     * @return a copy with that number of threads
     */
    public SensitivityOptions withThreads(int value) {
        return new SensitivityOptions(spread, samples, topK, seed, value);
    }
}
