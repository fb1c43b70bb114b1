// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.sensitivity;

import dev.cartograph.scoring.UseCaseScore;

/**
 * How one ranked use case's rank moves when the weights vary.
 *
 * @param useCase the use case's score
 * @param rank its rank with the portfolio's weights (tied use cases share it)
 * @param tied whether another use case shares that rank
 * @param minRank the best rank it takes (over the samples and the portfolio's weights)
 * @param maxRank the worst rank it takes (over the samples and the portfolio's weights)
 * @param meanRank its mean rank over the samples
 * @param topKProbability the share of samples in which it is in the top K
 */
public record RankRobustness(UseCaseScore useCase, int rank, boolean tied, int minRank, int maxRank, double meanRank,
        double topKProbability) {
}
