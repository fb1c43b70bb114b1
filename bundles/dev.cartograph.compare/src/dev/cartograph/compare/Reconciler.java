// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Makes merged element states consistent: each containment list holds exactly the kept elements that are located in
 * it (in the merged order, newcomers after), and references to elements the merge removed are dropped.
 */
final class Reconciler {

    private final Map<String, ElementState> merged;
    private final Set<String> known;
    private final Map<String, Set<String>> childrenByLocation = new LinkedHashMap<>();

    Reconciler(Map<String, ElementState> merged, Set<String> known) {
        this.merged = merged;
        this.known = known;
        for (ElementState state : merged.values()) {
            if (state.location() != null) {
                childrenByLocation.computeIfAbsent(state.location(), key -> new LinkedHashSet<>()).add(state.id());
            }
        }
    }

    /**
     * @param cleaned receives each dropped reference as {@code sourceId#feature -> targetId}
     * @return the consistent states, by id
     */
    Map<String, ElementState> reconcile(List<String> cleaned) {
        Map<String, ElementState> result = new LinkedHashMap<>();
        for (ElementState state : merged.values()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (EStructuralFeature feature : state.eClass().getEAllStructuralFeatures()) {
                if (!ModelSnapshot.isPersisted(feature)) {
                    continue;
                }
                Object value = state.value(feature.getName());
                if (feature instanceof EReference reference && reference.isContainment()) {
                    value = children(state, reference, value);
                } else if (feature instanceof EReference && value != null) {
                    value = targets(state, feature, value, cleaned);
                }
                if (value != null) {
                    values.put(feature.getName(), value);
                }
            }
            result.put(state.id(), new ElementState(state.id(), state.eClass(), state.container(),
                    state.containingFeature(), values));
        }
        return result;
    }

    private Object children(ElementState parent, EReference containment, Object value) {
        Set<String> located = childrenByLocation.getOrDefault(parent.id() + '#' + containment.getName(), Set.of());
        // A set in the merged order: a list of 10,000 use cases must not be searched once per child.
        Set<String> children = new LinkedHashSet<>();
        for (String id : ModelDiff.asList(value)) {
            if (located.contains(id)) {
                children.add(id);
            }
        }
        children.addAll(located);
        if (children.isEmpty()) {
            return null;
        }
        return containment.isMany() ? List.copyOf(children) : children.iterator().next();
    }

    private Object targets(ElementState source, EStructuralFeature feature, Object value, List<String> cleaned) {
        List<String> kept = new ArrayList<>();
        for (String target : ModelDiff.asList(value)) {
            if (known.contains(target) && !merged.containsKey(target)) {
                cleaned.add(source.id() + '#' + feature.getName() + " -> " + target); //$NON-NLS-1$
            } else {
                kept.add(target);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        return feature.isMany() ? List.copyOf(kept) : kept.get(0);
    }
}
