// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Three-way merge of two edits of a list of distinct items (ids, or literals of a unique list): removals of either
 * side are applied, insertions of either side are kept next to the item they followed, and a reordering by one side is
 * kept. Both sides reordering the kept items differently is a conflict.
 */
final class SequenceMerge {

    private SequenceMerge() {
    }

    /**
     * @return the merged list, or {@code null} if the edits conflict or a list holds an item twice
     */
    static List<String> merge(List<String> base, List<String> ours, List<String> theirs) {
        if (!distinct(base) || !distinct(ours) || !distinct(theirs)) {
            return null;
        }
        Set<String> baseSet = new HashSet<>(base);
        Set<String> oursSet = new HashSet<>(ours);
        Set<String> theirsSet = new HashSet<>(theirs);
        Set<String> kept = new LinkedHashSet<>();
        for (String item : base) {
            if (oursSet.contains(item) && theirsSet.contains(item)) {
                kept.add(item);
            }
        }
        List<String> baseOrder = restricted(base, kept);
        List<String> oursOrder = restricted(ours, kept);
        List<String> theirsOrder = restricted(theirs, kept);
        boolean oursReordered = !oursOrder.equals(baseOrder);
        boolean theirsReordered = !theirsOrder.equals(baseOrder);
        if (oursReordered && theirsReordered && !oursOrder.equals(theirsOrder)) {
            return null;
        }
        List<String> skeleton = theirsReordered && !oursReordered ? theirs : ours;
        List<String> other = skeleton == ours ? theirs : ours;
        Set<String> otherSet = skeleton == ours ? theirsSet : oursSet;
        List<String> result = new ArrayList<>();
        for (String item : skeleton) {
            if (!baseSet.contains(item) || otherSet.contains(item)) {
                result.add(item);
            }
        }
        Set<String> present = new HashSet<>(result);
        for (int i = 0; i < other.size(); i++) {
            String item = other.get(i);
            if (baseSet.contains(item) || present.contains(item)) {
                continue;
            }
            int position = 0;
            for (int j = i - 1; j >= 0; j--) {
                int at = result.indexOf(other.get(j));
                if (at >= 0) {
                    position = at + 1;
                    break;
                }
            }
            result.add(position, item);
            present.add(item);
        }
        return result;
    }

    private static List<String> restricted(List<String> list, Set<String> kept) {
        List<String> result = new ArrayList<>();
        for (String item : list) {
            if (kept.contains(item)) {
                result.add(item);
            }
        }
        return result;
    }

    private static boolean distinct(List<String> list) {
        return new HashSet<>(list).size() == list.size();
    }
}
