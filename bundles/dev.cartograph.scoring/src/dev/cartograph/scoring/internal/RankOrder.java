// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.Arrays;

import dev.cartograph.scoring.UseCaseScore;

/**
 * The ranking order: overall descending, then impact descending, then feasibility descending,
 * then name (case-insensitive, then case-sensitive), then position in the model.
 */
public final class RankOrder {

    private RankOrder() {
    }

    /**
     * @param a a ranked use case's score
     * @param positionA its index in the portfolio
     * @param b another ranked use case's score
     * @param positionB its index in the portfolio
     * @return negative if {@code a} ranks before {@code b}
     */
    public static int compare(UseCaseScore a, int positionA, UseCaseScore b, int positionB) {
        int c = Double.compare(b.overall(), a.overall());
        if (c == 0) {
            c = Double.compare(b.impact(), a.impact());
        }
        if (c == 0) {
            c = Double.compare(b.feasibility(), a.feasibility());
        }
        if (c == 0) {
            c = String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name());
        }
        if (c == 0) {
            c = a.name().compareTo(b.name());
        }
        return c != 0 ? c : Integer.compare(positionA, positionB);
    }

    /**
     * @param scores every use case's score, in model order
     * @return the ranked ones, best first
     */
    public static UseCaseScore[] rank(UseCaseScore[] scores) {
        int count = 0;
        for (UseCaseScore score : scores) {
            if (score.isRanked()) {
                count++;
            }
        }
        Integer[] positions = new Integer[count];
        int next = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i].isRanked()) {
                positions[next++] = i;
            }
        }
        Arrays.sort(positions, (p, q) -> compare(scores[p], p, scores[q], q));
        UseCaseScore[] ranking = new UseCaseScore[count];
        for (int i = 0; i < count; i++) {
            ranking[i] = scores[positions[i]];
        }
        return ranking;
    }
}
