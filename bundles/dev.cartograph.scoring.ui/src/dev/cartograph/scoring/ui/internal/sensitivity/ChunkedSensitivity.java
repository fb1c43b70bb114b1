// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.sensitivity.SensitivityResult;

/**
 * Runs a {@link SensitivityAnalysis} in slices of samples, so that it can report progress and
 * stop between slices. Slice {@code i} draws with seed {@code seed + i}; the slices' rank
 * ranges, mean ranks and top-K shares are combined, weighted by their samples. The same options
 * give the same result.
 */
public final class ChunkedSensitivity {

    /** Samples per slice. */
    public static final int SLICE = 100;

    private ChunkedSensitivity() {
    }

    /**
     * @param result the scoring whose ranking is analysed (its strategy must be linear)
     * @param options the options
     * @param cancelled asked between slices; {@code true} stops the analysis
     * @param progress told the number of samples done after each slice
     * @return the analysis, or {@code null} if it was cancelled
     */
    public static SensitivityResult analyse(ScoringResult result, SensitivityOptions options, BooleanSupplier cancelled,
            IntConsumer progress) {
        if (options.samples() <= SLICE) {
            SensitivityResult whole = SensitivityAnalysis.analyse(result, options);
            progress.accept(options.samples());
            return whole;
        }
        int n = result.ranking().size();
        int[] minRank = new int[n];
        int[] maxRank = new int[n];
        double[] rankSum = new double[n];
        double[] inTopK = new double[n];
        SensitivityResult first = null;
        int done = 0;
        for (int slice = 0; done < options.samples(); slice++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            int samples = Math.min(SLICE, options.samples() - done);
            SensitivityResult part = SensitivityAnalysis.analyse(result,
                    options.withSamples(samples).withSeed(options.seed() + slice));
            for (int u = 0; u < n; u++) {
                RankRobustness r = part.useCases().get(u);
                minRank[u] = first == null ? r.minRank() : Math.min(minRank[u], r.minRank());
                maxRank[u] = first == null ? r.maxRank() : Math.max(maxRank[u], r.maxRank());
                rankSum[u] += r.meanRank() * samples;
                inTopK[u] += r.topKProbability() * samples;
            }
            if (first == null) {
                first = part;
            }
            done += samples;
            progress.accept(done);
        }
        List<RankRobustness> merged = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            RankRobustness r = first.useCases().get(u);
            merged.add(new RankRobustness(r.useCase(), r.rank(), r.tied(), minRank[u], maxRank[u], rankSum[u] / done,
                    inTopK[u] / done));
        }
        return new SensitivityResult(options, merged, first.swaps());
    }
}
