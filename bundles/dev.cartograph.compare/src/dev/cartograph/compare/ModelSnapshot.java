// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The state of every element of a model, by id, in containment order. Built reflectively: every persisted
 * (changeable, non-transient, non-derived) feature of every class is in it, so classes and features added to the
 * metamodel are compared and merged without code. Elements with an id (every element of a saved Cartograph file has a
 * UUID) are keyed by it; an element without one by its container's key, feature and position.
 */
public final class ModelSnapshot {

    private final Map<String, ElementState> elements;
    private final List<String> roots;

    private ModelSnapshot(Map<String, ElementState> elements, List<String> roots) {
        this.elements = elements;
        this.roots = roots;
    }

    /**
     * @param resource a loaded resource
     * @return the snapshot of its contents
     */
    public static ModelSnapshot of(Resource resource) {
        Map<EObject, String> ids = new IdentityHashMap<>();
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < resource.getContents().size(); i++) {
            EObject root = resource.getContents().get(i);
            roots.add(assignIds(resource, root, "/" + i, ids)); //$NON-NLS-1$
        }
        Map<String, ElementState> elements = new LinkedHashMap<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            ElementState state = stateOf(object, ids);
            elements.put(state.id(), state);
        }
        return new ModelSnapshot(Collections.unmodifiableMap(elements), Collections.unmodifiableList(roots));
    }

    /**
     * @return the snapshot of an empty model (a file that does not exist on one side)
     */
    public static ModelSnapshot empty() {
        return new ModelSnapshot(Map.of(), List.of());
    }

    /**
     * @return every element's state by id, in containment order
     */
    public Map<String, ElementState> elements() {
        return elements;
    }

    /**
     * @return the ids of the root elements
     */
    public List<String> roots() {
        return roots;
    }

    /**
     * @param id an element id
     * @return the element's state, {@code null} if there is none with this id
     */
    public ElementState get(String id) {
        return elements.get(id);
    }

    /**
     * @param feature a feature
     * @return whether the feature is part of what is compared and merged: what a file stores of an element
     */
    public static boolean isPersisted(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isTransient() && !feature.isDerived() && !feature.isVolatile()
                && !(feature instanceof EReference reference && reference.isContainer());
    }

    private static String assignIds(Resource resource, EObject object, String path, Map<EObject, String> ids) {
        String id = resource instanceof XMLResource xml ? xml.getID(object) : null;
        String key = id != null ? id : path;
        ids.put(object, key);
        for (EReference containment : object.eClass().getEAllContainments()) {
            if (!isPersisted(containment)) {
                continue;
            }
            List<EObject> children = childrenOf(object, containment);
            for (int i = 0; i < children.size(); i++) {
                assignIds(resource, children.get(i), key + '/' + containment.getName() + '.' + i, ids);
            }
        }
        return key;
    }

    private static ElementState stateOf(EObject object, Map<EObject, String> ids) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (isPersisted(feature) && object.eIsSet(feature)) {
                values.put(feature.getName(), valueOf(object, feature, ids));
            }
        }
        EObject container = object.eContainer();
        return new ElementState(ids.get(object), object.eClass(), container == null ? null : ids.get(container),
                container == null ? null : object.eContainingFeature().getName(), values);
    }

    private static Object valueOf(EObject object, EStructuralFeature feature, Map<EObject, String> ids) {
        Object value = object.eGet(feature);
        if (feature.isMany()) {
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(literal(feature, item, ids));
            }
            return Collections.unmodifiableList(items);
        }
        return literal(feature, value, ids);
    }

    private static String literal(EStructuralFeature feature, Object value, Map<EObject, String> ids) {
        if (value == null) {
            return null;
        }
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        }
        EObject target = (EObject) value;
        String id = ids.get(target);
        return id != null ? id : EcoreUtil.getURI(target).toString();
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> childrenOf(EObject object, EReference containment) {
        Object value = object.eGet(containment);
        if (containment.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }
}
