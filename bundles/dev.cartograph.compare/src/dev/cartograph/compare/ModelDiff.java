// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The differences between two versions of a model, by element identity. An added or removed element is reported once,
 * with its contents; an element that changed container is {@link Change.Kind#MOVED moved}, and so is one whose
 * position among its siblings changed beyond what the insertions and removals around it explain.
 */
public final class ModelDiff {

    private ModelDiff() {
    }

    /**
     * @param before the old version
     * @param after the new version
     * @return the changes, in the order of the new version then the removed elements in the order of the old
     */
    public static List<Change> compare(ModelSnapshot before, ModelSnapshot after) {
        List<Change> changes = new ArrayList<>();
        for (ElementState now : after.elements().values()) {
            ElementState then = before.get(now.id());
            if (then == null || then.eClass() != now.eClass()) {
                if (!isNew(before, after, now.container())) {
                    changes.add(new Change(Change.Kind.ADDED, now.id(), now.eClass(), null, null, now.location()));
                }
                continue;
            }
            if (!Objects.equals(then.location(), now.location())) {
                changes.add(new Change(Change.Kind.MOVED, now.id(), now.eClass(), now.containingFeature(),
                        then.location(), now.location()));
            }
            compareFeatures(then, now, changes);
        }
        for (ElementState then : before.elements().values()) {
            ElementState now = after.get(then.id());
            if ((now == null || now.eClass() != then.eClass()) && !isGone(before, after, then.container())) {
                changes.add(new Change(Change.Kind.REMOVED, then.id(), then.eClass(), null, then.location(), null));
            }
        }
        return changes;
    }

    private static boolean isNew(ModelSnapshot before, ModelSnapshot after, String id) {
        return id != null && (before.get(id) == null || before.get(id).eClass() != after.get(id).eClass());
    }

    private static boolean isGone(ModelSnapshot before, ModelSnapshot after, String id) {
        return id != null && (after.get(id) == null || after.get(id).eClass() != before.get(id).eClass());
    }

    private static void compareFeatures(ElementState then, ElementState now, List<Change> changes) {
        for (EStructuralFeature feature : now.eClass().getEAllStructuralFeatures()) {
            if (!ModelSnapshot.isPersisted(feature)) {
                continue;
            }
            Object old = then.value(feature.getName());
            Object current = now.value(feature.getName());
            if (Objects.equals(old, current)) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                reorderedChildren(then, now, reference, changes);
            } else {
                changes.add(new Change(Change.Kind.CHANGED, now.id(), now.eClass(), feature.getName(), old, current));
            }
        }
    }

    /** Children kept in the same containment list but out of their old order (not in the longest kept order). */
    private static void reorderedChildren(ElementState then, ElementState now, EReference containment,
            List<Change> changes) {
        List<String> oldList = asList(then.value(containment.getName()));
        List<String> newList = asList(now.value(containment.getName()));
        Map<String, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < oldList.size(); i++) {
            oldIndex.put(oldList.get(i), i);
        }
        List<String> common = new ArrayList<>();
        for (String id : newList) {
            if (oldIndex.containsKey(id)) {
                common.add(id);
            }
        }
        Set<String> inOrder = longestIncreasing(common, oldIndex);
        for (String id : common) {
            if (!inOrder.contains(id)) {
                changes.add(new Change(Change.Kind.MOVED, id, containment.getEReferenceType(), containment.getName(),
                        then.id() + '#' + containment.getName() + '[' + oldIndex.get(id) + ']',
                        now.id() + '#' + containment.getName() + '[' + newList.indexOf(id) + ']'));
            }
        }
    }

    /** The longest subsequence of {@code ids} whose old positions increase (patience sorting, n log n). */
    static Set<String> longestIncreasing(List<String> ids, Map<String, Integer> oldIndex) {
        int n = ids.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int value = oldIndex.get(ids.get(i));
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (oldIndex.get(ids.get(tails[mid])) < value) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        Set<String> result = new HashSet<>();
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
            result.add(ids.get(i));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    static List<String> asList(Object value) {
        if (value == null) {
            return Collections.emptyList();
        }
        if (value instanceof List<?> list) {
            return (List<String>) list;
        }
        return List.of((String) value);
    }

    static Set<String> asSet(Object value) {
        return new LinkedHashSet<>(asList(value));
    }
}
