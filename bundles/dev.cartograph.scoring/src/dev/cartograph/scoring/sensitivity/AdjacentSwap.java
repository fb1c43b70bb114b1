// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.sensitivity;

import java.util.Optional;

import dev.cartograph.scoring.UseCaseScore;

/**
 * The smallest single-weight change that swaps two use cases of adjacent ranks.
 *
 * @param rank the upper use case's rank; the lower one is at {@code rank + 1}
 * @param upper the use case at {@code rank}
 * @param lower the use case at {@code rank + 1}
 * @param weightChange the change with the smallest relative size, or empty if no positive
 *        weight of one criterion swaps them
 */
public record AdjacentSwap(int rank, UseCaseScore upper, UseCaseScore lower, Optional<WeightChange> weightChange) {
}
