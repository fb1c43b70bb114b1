// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The clipboard of model elements, shared by every portfolio editor of the workbench so that
 * elements copied in one portfolio can be pasted into another. It holds copies taken at the
 * time of the copy (later changes to the originals do not leak into a paste), plus, for each
 * reference from a copied element to an element that was not copied, the original target and
 * where it sits ({@link ElementPath}), so that a paste can keep the reference in the same
 * portfolio and look for the same element in another.
 */
public final class ModelClipboard {

    /** A reference from a copied element to an element outside the copy. */
    record ExternalReference(EObject holder, EReference reference, EObject target, ElementPath targetPath) {
    }

    private static final ModelClipboard INSTANCE = new ModelClipboard();

    private List<EObject> copies = List.of();
    private List<ExternalReference> references = List.of();

    private ModelClipboard() {
    }

    /** @return the workbench's clipboard */
    public static ModelClipboard getDefault() {
        return INSTANCE;
    }

    /**
     * Copies elements (with everything they contain) to the clipboard. Elements contained in
     * another copied element are copied once, with their container.
     *
     * @param elements the elements to copy
     */
    public synchronized void copy(Collection<? extends EObject> elements) {
        List<EObject> roots = new ArrayList<>(EcoreUtil.filterDescendants(elements));
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
        List<EObject> copied = new ArrayList<>(copier.copyAll(roots));
        copier.copyReferences();
        List<ExternalReference> external = new ArrayList<>();
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            collectExternal(entry.getKey(), entry.getValue(), copier, external);
        }
        copies = List.copyOf(copied);
        references = List.copyOf(external);
    }

    private static void collectExternal(EObject original, EObject copy, Map<EObject, EObject> copier,
            List<ExternalReference> external) {
        for (EReference reference : original.eClass().getEAllReferences()) {
            if (!isKept(reference) || !original.eIsSet(reference)) {
                continue;
            }
            List<EObject> targets = reference.isMany() ? asList(original.eGet(reference))
                    : List.of((EObject) original.eGet(reference));
            for (EObject target : targets) {
                if (!copier.containsKey(target)) {
                    external.add(new ExternalReference(copy, reference, target, ElementPath.of(target)));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> asList(Object value) {
        return (List<EObject>) value;
    }

    /**
     * @param reference a reference
     * @return whether a copy carries it: the references a user sets (anchors, links,
     *         dependencies), not containment, not derived ones, not the transient opposite ends
     */
    static boolean isKept(EReference reference) {
        return !reference.isContainment() && !reference.isContainer() && reference.isChangeable()
                && !reference.isDerived() && !reference.isTransient();
    }

    /** @return whether there is something to paste */
    public synchronized boolean isEmpty() {
        return copies.isEmpty();
    }

    /** @return the elements on the clipboard (not to be changed: a paste copies them again) */
    public synchronized List<EObject> contents() {
        return copies;
    }

    /** @return the references to elements outside the copy */
    synchronized List<ExternalReference> externalReferences() {
        return references;
    }

    /** Empties the clipboard. */
    public synchronized void clear() {
        copies = List.of();
        references = List.of();
    }
}
