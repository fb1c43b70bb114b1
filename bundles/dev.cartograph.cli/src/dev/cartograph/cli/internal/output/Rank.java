// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;

/**
 * A use case's rank: {@code 3} for people, {@code =1} when tied with another; for machines the
 * number, and in JSON a {@code tied} member beside it.
 *
 * @param value the rank from 1 (standard competition ranking: tied use cases share it)
 * @param tied whether another use case shares it
 */
public record Rank(int value, boolean tied) {

    /**
     * @param result a scoring result
     * @param useCase one of its use cases
     * @return its rank, or {@code null} when it is not ranked
     */
    public static Rank of(ScoringResult result, UseCase useCase) {
        int rank = result.rankOf(useCase);
        return rank == 0 ? null : new Rank(rank, result.isTied(useCase));
    }
}
