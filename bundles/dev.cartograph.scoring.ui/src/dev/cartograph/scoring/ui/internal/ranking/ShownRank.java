// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.text.NumberFormat;

/**
 * A rank as the Ranking shows it: {@code 3}, or {@code =1} when tied use cases share it. Sorts
 * by the number.
 *
 * @param rank the rank from 1
 * @param tied whether another use case shares it
 */
public record ShownRank(int rank, boolean tied) implements Comparable<ShownRank> {

    @Override
    public int compareTo(ShownRank other) {
        return Integer.compare(rank, other.rank);
    }

    @Override
    public String toString() {
        return (tied ? "=" : "") + NumberFormat.getIntegerInstance().format(rank); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
