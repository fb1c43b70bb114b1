// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.DataAsset;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.WorkflowStep;

/**
 * Finds the elements of the portfolio under construction by their names, so that the parts built later
 * (use cases, scores, business cases, waves) can refer to the parts built earlier. A name that matches no
 * element, or more than one, is a mistake in the sample and fails the build at once.
 */
@SuppressWarnings("nls")
final class SampleIndex {

    private final Portfolio portfolio;

    SampleIndex(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    WorkflowStep step(String name) {
        return find(WorkflowStep.class, name);
    }

    JourneyStage stage(String name) {
        return find(JourneyStage.class, name);
    }

    Friction friction(String name) {
        return find(Friction.class, name);
    }

    Initiative initiative(String name) {
        return find(Initiative.class, name);
    }

    DataAsset dataAsset(String name) {
        return find(DataAsset.class, name);
    }

    UseCase useCase(String name) {
        return find(UseCase.class, name);
    }

    private <T extends NamedElement> T find(Class<T> type, String name) {
        T found = null;
        for (Iterator<EObject> it = portfolio.eAllContents(); it.hasNext();) {
            EObject candidate = it.next();
            if (type.isInstance(candidate) && name.equals(((NamedElement) candidate).getName())) {
                if (found != null) {
                    throw new IllegalStateException("Two " + type.getSimpleName() + " elements named " + name);
                }
                found = type.cast(candidate);
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("No " + type.getSimpleName() + " named " + name);
        }
        return found;
    }
}
