// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.scoring.LinearScoringStrategy;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.internal.RankSampler;

/**
 * Measures how robust a ranking is to its weights. Two questions:
 * <ul>
 * <li>When every enabled weight is multiplied by its own random factor in
 * {@code [1 - s, 1 + s]}, which ranks does each use case take, and how often is it in the top K?
 * Use cases tied within a sample share a rank (standard competition ranking), so the ranges do
 * not depend on the order of their names.</li>
 * <li>For each pair of adjacent ranks (tied use cases share a rank and are not a pair), what is the smallest change of a single weight (relative
 * to that weight, keeping it positive) that swaps them? Because the overall score is
 * {@code sum(w_i x_i) / sum(w_i)}, the pair's order only depends on the sign of
 * {@code sum(w_i d_i)} with {@code d_i} the difference of their normalised values: changing
 * {@code w_j} by {@code -D / d_j} makes them tie. Criteria of weight 0 are not considered
 * (their relative change is undefined).</li>
 * </ul>
 * A use case ranked on partial scores has no value on some criteria: in the samples these are
 * uncertain and take any value of their scale (so its rank range shows what is not known), and
 * no single weight change is computed for a pair that includes it.
 * Requires a {@link LinearScoringStrategy} (the default weighted sum is one).
 */
public final class SensitivityAnalysis {

    private SensitivityAnalysis() {
    }

    /**
     * @param result a scoring result
     * @return whether it can be analysed: its strategy is linear in the weights
     */
    public static boolean supports(ScoringResult result) {
        return result.strategy() instanceof LinearScoringStrategy;
    }

    /**
     * Analyses a ranking. Plain and synchronous, so that benchmarks and the command line can
     * call it directly; a UI should call it off the UI thread.
     *
     * @param result the scoring result whose ranking is analysed
     * @param options the options
     * @return the analysis
     * @throws IllegalArgumentException if the result's strategy is not linear
     */
    public static SensitivityResult analyse(ScoringResult result, SensitivityOptions options) {
        if (!supports(result)) {
            throw new IllegalArgumentException("strategy is not linear: " + result.strategy().id()); //$NON-NLS-1$
        }
        List<UseCaseScore> ranking = result.ranking();
        List<CriterionWeight> criteria = result.parameters().enabledCriteria();
        int n = ranking.size();
        int m = criteria.size();
        double[] weights = new double[m];
        for (int i = 0; i < m; i++) {
            weights[i] = criteria.get(i).weight();
        }
        double[] values = new double[n * m];
        int[] baseRanks = new int[n];
        for (int u = 0; u < n; u++) {
            baseRanks[u] = result.rankOf(ranking.get(u).useCase());
            List<CriterionScore> scores = ranking.get(u).criteria();
            for (int i = 0; i < m; i++) {
                values[u * m + i] = scores.get(i).normalised();
            }
        }
        RankSampler.Stats stats = new RankSampler(values, n, m, weights, baseRanks).run(options.spread(), options.samples(),
                options.topK(), options.seed(), options.threads());
        List<RankRobustness> robustness = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            int samples = options.samples();
            double mean = samples == 0 ? baseRanks[u] : (double) stats.rankSum[u] / samples;
            double probability;
            if (samples == 0) {
                probability = baseRanks[u] <= options.topK() ? 1.0 : 0.0;
            } else {
                probability = (double) stats.topK[u] / samples;
            }
            robustness.add(new RankRobustness(ranking.get(u), baseRanks[u],
                    result.isTied(ranking.get(u).useCase()), stats.minRank[u], stats.maxRank[u], mean,
                    probability));
        }
        List<AdjacentSwap> swaps = new ArrayList<>(Math.max(0, n - 1));
        for (int u = 0; u + 1 < n; u++) {
            if (baseRanks[u] == baseRanks[u + 1]) {
                continue; // tied: no change is needed to swap them
            }
            swaps.add(new AdjacentSwap(baseRanks[u], ranking.get(u), ranking.get(u + 1),
                    smallestSwap(values, u, m, weights, criteria)));
        }
        return new SensitivityResult(options, robustness, swaps);
    }

    private static Optional<WeightChange> smallestSwap(double[] values, int upper, int m, double[] weights,
            List<CriterionWeight> criteria) {
        int a = upper * m;
        int b = (upper + 1) * m;
        double lead = 0;
        for (int i = 0; i < m; i++) {
            if (Double.isNaN(values[a + i]) || Double.isNaN(values[b + i])) {
                return Optional.empty();
            }
            lead += weights[i] * (values[a + i] - values[b + i]);
        }
        WeightChange best = null;
        for (int j = 0; j < m; j++) {
            double d = values[a + j] - values[b + j];
            double w = weights[j];
            if (w <= 0 || d == 0) {
                continue;
            }
            double delta = -lead / d;
            double target = w + delta;
            if (target <= 0) {
                continue;
            }
            double relative = delta / w * 100.0;
            if (best == null || Math.abs(relative) < Math.abs(best.relativeChangePercent())) {
                best = new WeightChange(criteria.get(j).criterion(), w, target, relative);
            }
        }
        return Optional.ofNullable(best);
    }
}
