// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.sensitivity;

import java.util.Optional;

import dev.cartograph.scoring.UseCaseScore;

/**
 * The smallest single-weight change that swaps two use cases of adjacent ranks.
 *
 * @param rank the upper use case's rank; the lower one has the next rank (tied use cases share
 *        a rank and are never a pair)
 * @param upper the use case at {@code rank}
 * @param lower the use case just below it
 * @param weightChange the change with the smallest relative size, or empty if no positive
 *        weight of one criterion swaps them
 */
public record AdjacentSwap(int rank, UseCaseScore upper, UseCaseScore lower, Optional<WeightChange> weightChange) {
}
