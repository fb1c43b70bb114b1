// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.cartograph.compare.ModelSnapshot;
import dev.cartograph.model.CartographPackage;

/**
 * Generated single changes: for every concrete class of the metamodel and every feature a file stores (other than
 * containment, which is adding and removing), a change of that feature on an element of that class. Read from the
 * metamodel, so new classes and features are covered without a test change.
 */
final class Mutations {

    /** One feature of one class, and the element of the base version that is changed. */
    record FeatureCase(EClass eClass, EStructuralFeature feature) {
        @Override
        public String toString() {
            return eClass.getName() + '.' + feature.getName();
        }
    }

    private Mutations() {
    }

    static List<EClass> concreteClasses() {
        return CartographPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(EClass.class::cast).filter(eClass -> !eClass.isAbstract() && !eClass.isInterface()).toList();
    }

    static Stream<FeatureCase> featureCases() {
        List<FeatureCase> cases = new ArrayList<>();
        for (EClass eClass : concreteClasses()) {
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                if (ModelSnapshot.isPersisted(feature)
                        && !(feature instanceof EReference reference && reference.isContainment())) {
                    cases.add(new FeatureCase(eClass, feature));
                }
            }
        }
        return cases.stream();
    }

    /** The first element of the class in the model (in containment order). */
    static EObject firstOf(Resource resource, EClass eClass) {
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object.eClass() == eClass) {
                return object;
            }
        }
        return null;
    }

    /**
     * Changes a feature of an element. Variants 1 and 2 give different new values where the feature's type has more
     * than two values.
     *
     * @return whether the element could be changed
     */
    @SuppressWarnings("unchecked")
    static boolean change(EObject element, EStructuralFeature feature, int variant) {
        Object current = element.eGet(feature);
        if (feature instanceof EAttribute attribute) {
            if (feature.isMany()) {
                ((EList<Object>) current).add(different(attribute.getEAttributeType(), null, variant));
            } else {
                element.eSet(feature, different(attribute.getEAttributeType(), current, variant));
            }
            return true;
        }
        EReference reference = (EReference) feature;
        List<EObject> candidates = new ArrayList<>();
        for (var it = element.eResource().getAllContents(); it.hasNext();) {
            EObject object = it.next();
            boolean taken = reference.isMany() ? ((List<?>) current).contains(object) : object == current;
            if (reference.getEReferenceType().isInstance(object) && !taken && object != element) {
                candidates.add(object);
            }
        }
        if (reference.isMany()) {
            List<EObject> list = (List<EObject>) current;
            if (candidates.size() >= variant) {
                list.add(candidates.get(variant - 1));
            } else if (!list.isEmpty()) {
                list.remove(0);
            } else {
                return false;
            }
            return true;
        }
        if (candidates.size() >= variant) {
            element.eSet(feature, candidates.get(variant - 1));
            return true;
        }
        if (current != null) {
            element.eUnset(feature);
            return true;
        }
        return false;
    }

    private static Object different(EDataType type, Object current, int variant) {
        if (type instanceof EEnum eEnum) {
            int index = current == null ? 0 : eEnum.getELiterals().indexOf(eEnum.getEEnumLiteral(current.toString()));
            int size = eEnum.getELiterals().size();
            // Never back to the current literal: with two literals both variants give the other one.
            int offset = 1 + (variant - 1) % Math.max(1, size - 1);
            return eEnum.getELiterals().get((index + offset) % size).getInstance();
        }
        Class<?> type2 = type.getInstanceClass();
        if (type2 == String.class) {
            return Objects.toString(current, "") + " (edited " + variant + ")";
        }
        if (type2 == double.class || type2 == Double.class) {
            return (current == null ? 0.0 : (Double) current) + variant;
        }
        if (type2 == int.class || type2 == Integer.class) {
            return (current == null ? 0 : (Integer) current) + variant;
        }
        if (type2 == long.class || type2 == Long.class) {
            return (current == null ? 0L : (Long) current) + variant;
        }
        if (type2 == boolean.class || type2 == Boolean.class) {
            return !(current != null && (Boolean) current);
        }
        if (type2 == LocalDate.class) {
            return (current == null ? LocalDate.of(2026, 1, 1) : (LocalDate) current).plusDays(variant);
        }
        if (type2 == BigDecimal.class) {
            return (current == null ? BigDecimal.ZERO : (BigDecimal) current).add(BigDecimal.valueOf(variant));
        }
        throw new IllegalArgumentException("no generated value for " + type.getName() + "; add one to Mutations");
    }

    /** Gives every concrete class an instance, where some element of the model can contain one. */
    @SuppressWarnings("unchecked")
    static void completeWithEveryClass(Resource resource) {
        for (EClass eClass : concreteClasses()) {
            if (firstOf(resource, eClass) != null) {
                continue;
            }
            EObject owner = ownerFor(resource, eClass);
            if (owner != null) {
                EReference containment = containmentFor(owner.eClass(), eClass);
                EObject created = EcoreUtil.create(eClass);
                if (containment.isMany()) {
                    ((EList<EObject>) owner.eGet(containment)).add(created);
                } else {
                    owner.eSet(containment, created);
                }
            }
        }
    }

    /**
     * Gives every class that a single-valued reference points to at least three instances (where a list can hold
     * them), so that each such reference of the first element of a class can be changed to two different values
     * other than its current one and the element itself (an organisation unit's parent, a use case's unit).
     */
    @SuppressWarnings("unchecked")
    static void completeWithSiblings(Resource resource) {
        for (EClass eClass : concreteClasses()) {
            for (EReference reference : eClass.getEAllReferences()) {
                if (reference.isMany() || reference.isContainment() || !ModelSnapshot.isPersisted(reference)) {
                    continue;
                }
                EClass target = reference.getEReferenceType();
                EObject first = firstOf(resource, target);
                if (first == null || !(first.eContainingFeature() instanceof EReference containment)
                        || !containment.isMany()) {
                    continue;
                }
                EList<EObject> siblings = (EList<EObject>) first.eContainer().eGet(containment);
                while (siblings.stream().filter(target::isInstance).count() < 3) {
                    siblings.add(EcoreUtil.create(first.eClass()));
                }
            }
        }
    }

    private static EObject ownerFor(Resource resource, EClass eClass) {
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            EReference containment = containmentFor(object.eClass(), eClass);
            if (containment != null && (containment.isMany() || !object.eIsSet(containment))) {
                return object;
            }
        }
        return null;
    }

    private static EReference containmentFor(EClass owner, EClass eClass) {
        for (EReference reference : owner.getEAllContainments()) {
            if (ModelSnapshot.isPersisted(reference) && reference.getEReferenceType().isSuperTypeOf(eClass)) {
                return reference;
            }
        }
        return null;
    }
}
