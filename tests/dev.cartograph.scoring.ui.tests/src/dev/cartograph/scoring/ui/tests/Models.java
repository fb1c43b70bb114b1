// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;

/** Finds the elements the tests talk about, by name. */
public final class Models {

    private Models() {
    }

    /**
     * @param portfolio a portfolio
     * @param name a use case's name
     * @return the use case
     */
    public static UseCase useCase(Portfolio portfolio, String name) {
        for (UseCase useCase : portfolio.getUseCases()) {
            if (name.equals(useCase.getName())) {
                return useCase;
            }
        }
        throw new AssertionError("no use case " + name); //$NON-NLS-1$
    }

    /**
     * @param portfolio a portfolio
     * @param type the element's class
     * @param name its name
     * @return the first element of that class and name
     */
    public static <T extends NamedElement> T named(Portfolio portfolio, Class<T> type, String name) {
        for (TreeIterator<EObject> it = portfolio.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next) && name.equals(((NamedElement) next).getName())) {
                return type.cast(next);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + ' ' + name); //$NON-NLS-1$
    }
}
