// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.sensitivity;

import java.util.List;

/**
 * How robust a ranking is to its weights.
 *
 * @param options the options used
 * @param useCases one entry per ranked use case, in rank order
 * @param swaps one entry per pair of adjacent ranks, from (1, 2) down
 */
public record SensitivityResult(SensitivityOptions options, List<RankRobustness> useCases, List<AdjacentSwap> swaps) {

    /** Copies the lists. */
    public SensitivityResult {
        useCases = List.copyOf(useCases);
        swaps = List.copyOf(swaps);
    }
}
