// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * An {@link EValidator} that runs several validators in turn, so that more than one party can
 * validate the same package: EMF's structural checks, Cartograph's rules, a plug-in's own
 * validator. Every validator runs, even after one reports a problem. Thread-safe.
 */
public final class ComposedValidator implements EValidator {

    private final List<EValidator> validators = new CopyOnWriteArrayList<>();

    /**
     * @param validators the first validators, in order
     */
    public ComposedValidator(EValidator... validators) {
        for (EValidator validator : validators) {
            add(validator);
        }
    }

    /**
     * Returns the composed validator registered for a package, registering one if needed. A
     * validator already registered for the package (or, when none is, EMF's structural
     * {@link EObjectValidator}) becomes its first member, so that nothing is lost.
     *
     * @param registry the registry, usually {@link EValidator.Registry#INSTANCE}
     * @param ePackage the package
     * @return the composed validator now registered for the package
     */
    public static synchronized ComposedValidator install(EValidator.Registry registry, EPackage ePackage) {
        EValidator existing = registry.getEValidator(ePackage);
        if (existing instanceof ComposedValidator composed) {
            return composed;
        }
        ComposedValidator composed = new ComposedValidator(existing != null ? existing : EObjectValidator.INSTANCE);
        registry.put(ePackage, composed);
        return composed;
    }

    /**
     * @param validator a validator to run after the current ones; ignored if already present
     */
    public void add(EValidator validator) {
        Objects.requireNonNull(validator);
        if (!validators.contains(validator)) {
            validators.add(validator);
        }
    }

    /**
     * @param validator a validator
     * @return whether it was present and is removed
     */
    public boolean remove(EValidator validator) {
        return validators.remove(validator);
    }

    /** @return the validators, in the order they run */
    public List<EValidator> validators() {
        return List.copyOf(validators);
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (EValidator validator : validators) {
            valid &= validator.validate(eClass, eObject, diagnostics, context);
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean valid = true;
        for (EValidator validator : validators) {
            valid &= validator.validate(eDataType, value, diagnostics, context);
        }
        return valid;
    }
}
