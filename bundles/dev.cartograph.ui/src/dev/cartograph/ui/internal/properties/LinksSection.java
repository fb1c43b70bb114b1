// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.properties;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.IFilter;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.UseCase;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.FieldFactory;

/**
 * The Anchors tab of a use case (the workflow steps, journey stages and frictions it is anchored
 * on) and the Links tab of every element (its other multi-valued references: a use case's
 * initiatives, data assets and dependencies; a step's successors; the use cases anchored on a
 * stage).
 */
public class LinksSection extends ModelPropertySection {

    /** The anchors of a use case, shown on their own tab. */
    static final List<EReference> ANCHORS = List.of(Literals.USE_CASE__STEPS, Literals.USE_CASE__STAGES,
            Literals.USE_CASE__FRICTIONS);

    @Override
    protected void build(FieldFactory fields, Composite parent, EObject element) {
        Composite client = fields.section(parent, Messages.Properties_links, Messages.Properties_linksDescription);
        for (EReference reference : links(element)) {
            fields.references(client, reference);
        }
    }

    static List<EReference> links(EObject element) {
        return element.eClass().getEAllReferences().stream()
                .filter(r -> r.isMany() && !r.isContainment() && !r.isContainer() && r.isChangeable())
                .filter(r -> !(element instanceof UseCase) || !ANCHORS.contains(r)).toList();
    }

    /** Shows the Links tab for elements that have links. */
    public static final class Filter implements IFilter {
        @Override
        public boolean select(Object toTest) {
            return toTest instanceof EObject element && !links(element).isEmpty();
        }
    }

    /** The Anchors tab of a use case. */
    public static final class Anchors extends ModelPropertySection {
        @Override
        protected void build(FieldFactory fields, Composite parent, EObject element) {
            Composite client = fields.section(parent, Messages.UseCaseDetails_anchors, Messages.UseCaseDetails_anchorsDescription);
            for (EReference reference : ANCHORS) {
                fields.references(client, reference);
            }
        }
    }
}
