// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.UseCase;

/**
 * The anchors of a use case as a value: its workflow steps, journey stages and frictions
 * (as a set: order does not matter) and its AI pattern. Two use cases with equal anchors claim
 * the same place in the business with the same kind of AI.
 */
final class Anchors {

    private final Set<EObject> elements;
    private final boolean friction;
    private final Object pattern;
    private final int hash;

    private Anchors(UseCase useCase) {
        elements = Collections.newSetFromMap(new IdentityHashMap<>());
        elements.addAll(useCase.getSteps());
        elements.addAll(useCase.getStages());
        elements.addAll(useCase.getFrictions());
        friction = !useCase.getFrictions().isEmpty();
        pattern = useCase.getAiPattern();
        int h = 0;
        for (EObject element : elements) {
            h += System.identityHashCode(element);
        }
        hash = 31 * h + (pattern == null ? 0 : pattern.hashCode());
    }

    /**
     * @param useCase a use case
     * @return its anchors, or {@code null} when it is anchored on nothing
     */
    static Anchors of(UseCase useCase) {
        if (useCase.getSteps().isEmpty() && useCase.getStages().isEmpty() && useCase.getFrictions().isEmpty()) {
            return null;
        }
        return new Anchors(useCase);
    }

    /** @return whether the anchors include a friction: the use case names the problem it solves */
    boolean hasFriction() {
        return friction;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Anchors a && a.hash == hash && a.pattern == pattern && a.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
