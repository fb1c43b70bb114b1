// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.Arrays;
import java.util.List;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.UseCaseScore;

/**
 * The ranked use cases kept sorted in an array, so that one use case can leave or enter it
 * with a binary search and one array copy instead of a sort.
 */
final class Ranking {

    /** A use case with its current score and its index in the portfolio. */
    static final class Entry {
        final UseCase useCase;
        int position;
        UseCaseScore score;

        Entry(UseCase useCase, int position, UseCaseScore score) {
            this.useCase = useCase;
            this.position = position;
            this.score = score;
        }
    }

    private Entry[] entries = new Entry[16];
    private int size;

    /** Replaces the content with the ranked entries of a list, sorted. */
    void rebuild(List<Entry> all) {
        entries = all.stream().filter(e -> e.score.isRanked()).toArray(Entry[]::new);
        size = entries.length;
        Arrays.sort(entries, Ranking::compare);
        if (entries.length == 0) {
            entries = new Entry[16];
        }
    }

    /** Inserts an entry whose score is ranked. */
    void insert(Entry entry) {
        int index = search(entry);
        int at = index >= 0 ? index : -index - 1;
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, Math.max(16, size * 2));
        }
        System.arraycopy(entries, at, entries, at + 1, size - at);
        entries[at] = entry;
        size++;
    }

    /** Removes an entry, which must not have changed score or relative position since inserted. */
    void remove(Entry entry) {
        int index = search(entry);
        if (index < 0 || entries[index] != entry) {
            index = -1;
            for (int i = 0; i < size; i++) {
                if (entries[i] == entry) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                return;
            }
        }
        System.arraycopy(entries, index + 1, entries, index, size - index - 1);
        entries[--size] = null;
    }

    /** @return the ranked scores, best first */
    UseCaseScore[] scores() {
        UseCaseScore[] scores = new UseCaseScore[size];
        for (int i = 0; i < size; i++) {
            scores[i] = entries[i].score;
        }
        return scores;
    }

    private int search(Entry entry) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = compare(entries[middle], entry);
            if (c < 0) {
                low = middle + 1;
            } else if (c > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    private static int compare(Entry a, Entry b) {
        return RankOrder.compare(a.score, a.position, b.score, b.position);
    }
}
