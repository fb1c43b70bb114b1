// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.model.UseCase;
import dev.cartograph.ui.internal.forms.FieldFactory;
import dev.cartograph.ui.internal.pages.UseCaseDetails;

/**
 * The Business case and Scores tabs: the same forms as on the use case page, for the selected
 * use case, or for the use case of the selected business case, KPI or score.
 */
public final class UseCaseSections {

    private UseCaseSections() {
    }

    static EObject useCaseOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof UseCase) {
                return current;
            }
        }
        return null;
    }

    /** The Business case tab. */
    public static final class BusinessCase extends ModelPropertySection {
        @Override
        protected EObject edited(EObject selected) {
            return useCaseOf(selected);
        }

        @Override
        protected void build(FieldFactory fields, Composite parent, EObject element) {
            UseCaseDetails.businessCase(fields, parent);
        }
    }

    /** The Scores tab. */
    public static final class Scores extends ModelPropertySection {
        @Override
        protected EObject edited(EObject selected) {
            return useCaseOf(selected);
        }

        @Override
        protected void build(FieldFactory fields, Composite parent, EObject element) {
            UseCaseDetails.scores(fields, parent);
        }
    }

    /** Shows a use case tab for use cases and for what they contain. */
    public static final class Filter implements org.eclipse.jface.viewers.IFilter {
        @Override
        public boolean select(Object toTest) {
            return toTest instanceof EObject element && useCaseOf(element) != null;
        }
    }
}
