// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.cartograph.model.persistence.CartographResourceFactory;
import dev.cartograph.model.persistence.ModelPersistence;

/** Builds a model from element states, reflectively, keeping every element's id. */
final class ModelRebuilder {

    private ModelRebuilder() {
    }

    static Resource build(Map<String, ElementState> states, URI uri) {
        Resource resource = new CartographResourceFactory().createResource(uri);
        ModelPersistence.createResourceSet().getResources().add(resource);
        Map<String, EObject> objects = new HashMap<>();
        for (ElementState state : states.values()) {
            objects.put(state.id(), EcoreUtil.create(state.eClass()));
        }
        for (ElementState state : states.values()) {
            EObject object = objects.get(state.id());
            for (EStructuralFeature feature : state.eClass().getEAllStructuralFeatures()) {
                Object value = state.value(feature.getName());
                if (value == null || !ModelSnapshot.isPersisted(feature)) {
                    continue;
                }
                if (feature instanceof EAttribute attribute) {
                    setAttribute(object, attribute, value);
                } else if (((EReference) feature).isContainment()) {
                    setReference(object, feature, value, objects);
                }
            }
        }
        for (ElementState state : states.values()) {
            if (state.container() == null) {
                resource.getContents().add(objects.get(state.id()));
            }
        }
        for (ElementState state : states.values()) {
            EObject object = objects.get(state.id());
            for (EReference reference : state.eClass().getEAllReferences()) {
                Object value = state.value(reference.getName());
                if (value != null && !reference.isContainment() && ModelSnapshot.isPersisted(reference)) {
                    setReference(object, reference, value, objects);
                }
            }
            if (resource instanceof XMLResource xml && !state.id().startsWith("/")) { //$NON-NLS-1$
                xml.setID(object, state.id());
            }
        }
        return resource;
    }

    @SuppressWarnings("unchecked")
    private static void setAttribute(EObject object, EAttribute attribute, Object value) {
        if (attribute.isMany()) {
            List<Object> values = new ArrayList<>();
            for (String literal : ModelDiff.asList(value)) {
                values.add(EcoreUtil.createFromString(attribute.getEAttributeType(), literal));
            }
            ((EList<Object>) object.eGet(attribute)).addAll(values);
        } else {
            object.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), (String) value));
        }
    }

    @SuppressWarnings("unchecked")
    private static void setReference(EObject object, EStructuralFeature reference, Object value,
            Map<String, EObject> objects) {
        List<EObject> targets = new ArrayList<>();
        for (String id : ModelDiff.asList(value)) {
            targets.add(target(id, reference, objects));
        }
        if (reference.isMany()) {
            ECollections.setEList((EList<EObject>) object.eGet(reference), targets);
        } else {
            object.eSet(reference, targets.get(0));
        }
    }

    /** An id of the model, or the URI of an element outside it (kept as a proxy). */
    private static EObject target(String id, EStructuralFeature reference, Map<String, EObject> objects) {
        EObject target = objects.get(id);
        if (target == null) {
            target = EcoreUtil.create(((EReference) reference).getEReferenceType());
            ((InternalEObject) target).eSetProxyURI(URI.createURI(id));
        }
        return target;
    }
}
