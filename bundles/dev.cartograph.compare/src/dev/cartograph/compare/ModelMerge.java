// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Three-way merge of Cartograph models by element identity, reflectively over every class and feature. Changes to
 * different elements, or to different features of one element, merge; lists both sides changed merge as sequences
 * ({@link SequenceMerge}); the same feature changed to different values, two different moves, or a change against a
 * deletion is a {@link Conflict}, and the merged model then holds our side (for a deletion against a change: the
 * element, changed). References to elements the merge removed are dropped and reported.
 */
public final class ModelMerge {

    private static final String LOCATION = "location"; //$NON-NLS-1$

    private final ModelSnapshot base;
    private final ModelSnapshot ours;
    private final ModelSnapshot theirs;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Map<String, ElementState> merged = new LinkedHashMap<>();

    private ModelMerge(ModelSnapshot base, ModelSnapshot ours, ModelSnapshot theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
    }

    /**
     * Merges two versions of a model that derive from a common ancestor.
     *
     * @param base the common ancestor
     * @param ours our version (git's {@code %A})
     * @param theirs their version (git's {@code %B})
     * @param uri the URI of the merged resource
     * @return the merged model, its conflicts and the references the merge dropped
     */
    public static MergeResult merge(ModelSnapshot base, ModelSnapshot ours, ModelSnapshot theirs, URI uri) {
        ModelMerge merge = new ModelMerge(base, ours, theirs);
        merge.mergeElements();
        merge.restoreContainers();
        List<String> cleaned = new ArrayList<>();
        Map<String, ElementState> result = new Reconciler(merge.merged, merge.known()).reconcile(cleaned);
        return new MergeResult(ModelRebuilder.build(result, uri), List.copyOf(merge.conflicts), List.copyOf(cleaned));
    }

    private Set<String> known() {
        Set<String> ids = new LinkedHashSet<>(base.elements().keySet());
        ids.addAll(ours.elements().keySet());
        ids.addAll(theirs.elements().keySet());
        return ids;
    }

    private void mergeElements() {
        for (String id : known()) {
            ElementState b = base.get(id);
            ElementState o = ours.get(id);
            ElementState t = theirs.get(id);
            if (o == null && t == null) {
                continue;
            }
            if (b != null && o == null) {
                if (!t.sameAs(b)) {
                    conflicts.add(new Conflict(Conflict.Kind.DELETED_BY_US, id, t.eClass().getName(), null, b.location(),
                            null, t.location()));
                    merged.put(id, t);
                }
            } else if (b != null && t == null) {
                if (!o.sameAs(b)) {
                    conflicts.add(new Conflict(Conflict.Kind.DELETED_BY_THEM, id, o.eClass().getName(), null,
                            b.location(), o.location(), null));
                    merged.put(id, o);
                }
            } else if (o == null || t == null) {
                merged.put(id, o != null ? o : t);
            } else if (o.eClass() != t.eClass()) {
                conflicts.add(new Conflict(Conflict.Kind.BOTH_CHANGED, id, o.eClass().getName(), "eClass", //$NON-NLS-1$
                        b == null ? null : b.eClass().getName(), o.eClass().getName(), t.eClass().getName()));
                merged.put(id, o);
            } else {
                merged.put(id, mergeState(b != null && b.eClass() == o.eClass() ? b : null, o, t));
            }
        }
    }

    private ElementState mergeState(ElementState b, ElementState o, ElementState t) {
        if (o.sameAs(t) || t.sameAs(b)) {
            return o;
        }
        if (o.sameAs(b)) {
            return t;
        }
        EClass eClass = o.eClass();
        Object location = mergeValue(o.id(), eClass, LOCATION, null, b == null ? null : b.location(), o.location(),
                t.location());
        ElementState located = Objects.equals(location, o.location()) ? o : t;
        Map<String, Object> values = new LinkedHashMap<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!ModelSnapshot.isPersisted(feature)) {
                continue;
            }
            String name = feature.getName();
            Object value = mergeValue(o.id(), eClass, name, feature, b == null ? null : b.value(name), o.value(name),
                    t.value(name));
            if (value != null) {
                values.put(name, value);
            }
        }
        return new ElementState(o.id(), eClass, located.container(), located.containingFeature(), values);
    }

    private Object mergeValue(String id, EClass eClass, String name, EStructuralFeature feature, Object b, Object o,
            Object t) {
        if (Objects.equals(o, t) || Objects.equals(b, t)) {
            return o;
        }
        if (Objects.equals(b, o)) {
            return t;
        }
        boolean sequence = feature != null && feature.isMany()
                && (feature instanceof EReference || feature.isUnique());
        if (sequence) {
            List<String> result = SequenceMerge.merge(ModelDiff.asList(b), ModelDiff.asList(o), ModelDiff.asList(t));
            if (result != null) {
                return result.isEmpty() ? null : List.copyOf(result);
            }
        }
        // For a containment list only the order can conflict: its content is rebuilt from where its children are.
        conflicts.add(new Conflict(feature == null ? Conflict.Kind.BOTH_MOVED : Conflict.Kind.BOTH_CHANGED, id,
                eClass.getName(), name, b, o, t));
        return o;
    }

    /** An element kept whose container the merge deleted brings its container back (and records why). */
    private void restoreContainers() {
        List<String> pending = new ArrayList<>(merged.keySet());
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            String container = merged.get(id).container();
            if (container == null || merged.containsKey(container)) {
                continue;
            }
            ElementState o = ours.get(container);
            ElementState state = o != null ? o : theirs.get(container) != null ? theirs.get(container)
                    : base.get(container);
            conflicts.add(new Conflict(o == null ? Conflict.Kind.DELETED_BY_US : Conflict.Kind.DELETED_BY_THEM,
                    container, state.eClass().getName(), null, location(base.get(container)), location(o),
                    location(theirs.get(container))));
            merged.put(container, state);
            pending.add(container);
        }
    }

    private static String location(ElementState state) {
        return state == null ? null : state.location();
    }
}
