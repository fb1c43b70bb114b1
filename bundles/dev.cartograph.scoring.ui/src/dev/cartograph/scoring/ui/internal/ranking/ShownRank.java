// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.text.NumberFormat;

import org.eclipse.osgi.util.NLS;

import dev.cartograph.scoring.ui.internal.Messages;

/**
 * A rank as the Ranking shows it: {@code 3}, or {@code =1} when tied use cases share it, marked
 * {@code 3*} when the use case is ranked on partial scores. Sorts by the number.
 *
 * @param rank the rank from 1
 * @param tied whether another use case shares it
 * @param partial whether the use case is ranked on partial scores
 */
public record ShownRank(int rank, boolean tied, boolean partial) implements Comparable<ShownRank> {

    @Override
    public int compareTo(ShownRank other) {
        return Integer.compare(rank, other.rank);
    }

    @Override
    public String toString() {
        String text = (tied ? "=" : "") + NumberFormat.getIntegerInstance().format(rank); //$NON-NLS-1$ //$NON-NLS-2$
        return partial ? NLS.bind(Messages.Rank_partialMark, text) : text;
    }
}
