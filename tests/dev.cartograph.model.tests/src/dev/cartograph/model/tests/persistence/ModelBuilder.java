// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;

/**
 * Builds, for any class of the Cartograph package, an instance inside a minimal portfolio with every attribute set
 * to a value that is not its default and every reference populated; generic so that a class or feature added to
 * the metamodel is covered without changing the tests.
 */
final class ModelBuilder {

    /** Text with what XML must escape, a line break, a tab, accents and a character outside the BMP. */
    static final String SPECIAL_TEXT = "<\u00e9t\u00e9> & \"quotes\" 'apostrophes'\nsecond line\tend \uD83D\uDE80"; //$NON-NLS-1$

    private final Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();

    /** @return the portfolio everything is built in */
    Portfolio portfolio() {
        return portfolio;
    }

    /**
     * Creates an instance of a class where the portfolio can contain it, creating the containers on the way.
     *
     * @param eClass a concrete class of the package
     * @return the new instance (the portfolio itself for the portfolio class)
     */
    EObject create(EClass eClass) {
        if (eClass == CartographPackage.Literals.PORTFOLIO) {
            return portfolio;
        }
        EObject container = portfolio;
        List<EReference> path = containmentPath(eClass);
        for (EReference step : path.subList(0, path.size() - 1)) {
            container = containerFor(container, step);
        }
        EObject object = CartographFactory.eINSTANCE.create(eClass);
        add(container, path.get(path.size() - 1), object);
        return object;
    }

    /**
     * Sets every attribute of an element to a value that is not its default.
     *
     * @param object the element
     */
    void setAllAttributes(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isChangeable() && !attribute.isDerived()) {
                object.eSet(attribute, attribute.isMany() ? manyValues(object.eClass(), attribute)
                        : nonDefaultValue(object.eClass(), attribute));
            }
        }
    }

    /**
     * Populates every changeable reference of an element: a new child for each containment, and for each other
     * reference one or two elements created where the portfolio holds them.
     *
     * @param object the element
     */
    void populateAllReferences(EObject object) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (!reference.isChangeable() || reference.isDerived()) {
                continue;
            }
            int count = reference.isMany() ? 2 : 1;
            for (int i = 0; i < count; i++) {
                EObject target = reference.isContainment()
                        ? CartographFactory.eINSTANCE.create(reference.getEReferenceType())
                        : create(reference.getEReferenceType());
                if (!reference.isContainment() && target instanceof dev.cartograph.model.NamedElement named) {
                    named.setName(reference.getName() + " target " + i); //$NON-NLS-1$
                }
                add(object, reference, target);
            }
        }
    }

    /** Two distinct values for a many-valued attribute, in an order that must be kept. */
    private static List<Object> manyValues(EClass owner, EAttribute attribute) {
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            EList<EEnumLiteral> literals = eEnum.getELiterals();
            return List.of(literals.get(literals.size() - 1).getInstance(), literals.get(0).getInstance());
        }
        Object first = nonDefaultValue(owner, attribute);
        return List.of(first, first + " (2)"); //$NON-NLS-1$
    }

    /**
     * Gives a value that differs from the attribute's default, so that it must be written to be kept.
     *
     * @param owner the class of the element
     * @param attribute the attribute
     * @return the value
     */
    static Object nonDefaultValue(EClass owner, EAttribute attribute) {
        Object defaultValue = attribute.getDefaultValue();
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            EList<EEnumLiteral> literals = eEnum.getELiterals();
            int index = literals.indexOf(eEnum.getEEnumLiteralByLiteral(String.valueOf(defaultValue)));
            return literals.get((index + 1) % literals.size()).getInstance();
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == String.class) {
            return owner.getName() + '.' + attribute.getName() + ' ' + SPECIAL_TEXT;
        }
        if (type == double.class) {
            return ((Double) defaultValue) + 12.625;
        }
        if (type == int.class) {
            return ((Integer) defaultValue) + 7;
        }
        if (type == boolean.class) {
            return !((Boolean) defaultValue);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 31);
        }
        throw new AssertionError("No test value for the type of " + owner.getName() + '.' + attribute.getName()); //$NON-NLS-1$
    }

    private EObject containerFor(EObject parent, EReference reference) {
        if (!reference.isMany() && parent.eGet(reference) instanceof EObject existing) {
            return existing;
        }
        EObject child = CartographFactory.eINSTANCE.create(reference.getEReferenceType());
        add(parent, reference, child);
        return child;
    }

    @SuppressWarnings("unchecked")
    private static void add(EObject owner, EReference reference, EObject value) {
        if (reference.isMany()) {
            ((List<EObject>) owner.eGet(reference)).add(value);
        } else {
            owner.eSet(reference, value);
        }
    }

    /** The shortest chain of containment references from the portfolio to the class. */
    private static List<EReference> containmentPath(EClass target) {
        Map<EClass, List<EReference>> paths = new HashMap<>();
        paths.put(CartographPackage.Literals.PORTFOLIO, List.of());
        Deque<EClass> queue = new ArrayDeque<>(List.of(CartographPackage.Literals.PORTFOLIO));
        while (!queue.isEmpty()) {
            EClass current = queue.removeFirst();
            for (EReference reference : current.getEAllContainments()) {
                List<EReference> path = new ArrayList<>(paths.get(current));
                path.add(reference);
                EClass type = reference.getEReferenceType();
                if (type.isSuperTypeOf(target)) {
                    return path;
                }
                if (!paths.containsKey(type)) {
                    paths.put(type, path);
                    queue.addLast(type);
                }
            }
        }
        throw new AssertionError(target.getName() + " cannot be placed in a portfolio"); //$NON-NLS-1$
    }
}
