// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.sensitivity.SensitivityResult;
import dev.cartograph.scoring.ui.tests.TinyPortfolio;

/** The sensitivity analysis in slices: the same answer as the core's, progress, and a stop between slices. */
class ChunkedSensitivityTest {

    private ScoringResult result;
    private final SensitivityOptions options = SensitivityOptions.defaults().withSpread(0.5).withTopK(3).withThreads(1);

    @BeforeEach
    void score() {
        TinyPortfolio tiny = new TinyPortfolio();
        double[][] grid = { { 5, 1 }, { 5, 3 }, { 4, 2 }, { 3, 1 }, { 4, 4 }, { 2, 1 }, { 3, 3 }, { 2, 3 } };
        for (int i = 0; i < grid.length; i++) {
            tiny.add("Use case " + i, Scope.INTERNAL, UseCaseStatus.IDEA, grid[i][0], grid[i][1]);
        }
        result = TinyPortfolio.engine().score(tiny.portfolio);
    }

    @Test
    void aSingleSliceIsTheCoresAnalysis() {
        SensitivityOptions small = options.withSamples(80);
        assertEquals(SensitivityAnalysis.analyse(result, small), ChunkedSensitivity.analyse(result, small, () -> false,
                done -> { }));
    }

    /** 250 samples: slices of 100 (seed s), 100 (s + 1) and 50 (s + 2), combined by hand here. */
    @Test
    void slicesAreCombinedWeightedByTheirSamples() {
        SensitivityOptions whole = options.withSamples(250);
        List<Integer> progress = new ArrayList<>();
        SensitivityResult combined = ChunkedSensitivity.analyse(result, whole, () -> false, progress::add);

        assertEquals(List.of(100, 200, 250), progress);
        SensitivityResult a = SensitivityAnalysis.analyse(result, whole.withSamples(100));
        SensitivityResult b = SensitivityAnalysis.analyse(result, whole.withSamples(100).withSeed(whole.seed() + 1));
        SensitivityResult c = SensitivityAnalysis.analyse(result, whole.withSamples(50).withSeed(whole.seed() + 2));
        for (int u = 0; u < result.ranking().size(); u++) {
            RankRobustness got = combined.useCases().get(u);
            RankRobustness ra = a.useCases().get(u);
            RankRobustness rb = b.useCases().get(u);
            RankRobustness rc = c.useCases().get(u);
            assertEquals(result.rankOf(got.useCase().useCase()), got.rank(), "tied use cases share a rank");
            assertEquals(Math.min(ra.minRank(), Math.min(rb.minRank(), rc.minRank())), got.minRank());
            assertEquals(Math.max(ra.maxRank(), Math.max(rb.maxRank(), rc.maxRank())), got.maxRank());
            assertEquals((ra.meanRank() * 100 + rb.meanRank() * 100 + rc.meanRank() * 50) / 250, got.meanRank(), 1e-9);
            assertEquals((ra.topKProbability() * 100 + rb.topKProbability() * 100 + rc.topKProbability() * 50) / 250,
                    got.topKProbability(), 1e-9);
            assertTrue(got.minRank() <= got.rank() && got.rank() <= got.maxRank());
        }
        assertEquals(a.swaps(), combined.swaps());
        assertEquals(combined, ChunkedSensitivity.analyse(result, whole, () -> false, done -> { }), "repeatable");
    }

    @Test
    void aCancelledAnalysisStopsBeforeTheNextSlice() {
        List<Integer> progress = new ArrayList<>();
        int[] asked = { 0 };
        SensitivityResult stopped = ChunkedSensitivity.analyse(result, options.withSamples(1000),
                () -> ++asked[0] > 2, progress::add);
        assertNull(stopped);
        assertEquals(List.of(100, 200), progress);
    }
}
