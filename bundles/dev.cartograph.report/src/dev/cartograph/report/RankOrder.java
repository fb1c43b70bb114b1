// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;

/** The order one-pagers come in: the ranking, then the unranked use cases in model order. */
public final class RankOrder {

    private RankOrder() {
    }

    /**
     * @param scoring the scored portfolio
     * @return every use case, ranked ones first in rank order
     */
    public static List<UseCase> of(ScoringResult scoring) {
        return of(scoring, s -> true);
    }

    /**
     * @param scoring the scored portfolio
     * @param filter which use cases to keep (by wave, quadrant, status, a selection, ...)
     * @return the kept use cases, ranked ones first in rank order
     */
    public static List<UseCase> of(ScoringResult scoring, Predicate<UseCaseScore> filter) {
        List<UseCase> order = new ArrayList<>();
        for (UseCaseScore score : scoring.ranking()) {
            if (filter.test(score)) {
                order.add(score.useCase());
            }
        }
        for (UseCaseScore score : scoring.all()) {
            if (!score.isRanked() && filter.test(score)) {
                order.add(score.useCase());
            }
        }
        return order;
    }
}
