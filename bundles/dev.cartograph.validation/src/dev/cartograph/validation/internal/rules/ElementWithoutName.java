// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.NamedElement;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.ValidationContext;
import dev.cartograph.validation.internal.fixes.NameFromDescription;

/**
 * Practice 4, one vocabulary: an element without a name (an imported inventory row with an empty
 * title, a step added and never named) shows as "(no name)" in every list, report and output,
 * and cannot be told apart or found. Its quick fix proposes a name from its description.
 */
public final class ElementWithoutName extends BuiltInRule {

    /** Creates the rule. */
    public ElementWithoutName() {
        super(BuiltInRules.ELEMENT_WITHOUT_NAME, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        check(context, context.portfolio());
        for (Iterator<EObject> all = context.portfolio().eAllContents(); all.hasNext();) {
            if (all.next() instanceof NamedElement element) {
                check(context, element);
            }
        }
    }

    private void check(ValidationContext context, NamedElement element) {
        if (Texts.isBlank(element.getName())) {
            context.report(defaultSeverity(), element, message(context, "message", //$NON-NLS-1$
                    Kinds.label(element, context.locale()), Texts.name(element, context.locale())));
        }
    }

    @Override
    public List<QuickFix> quickFixes() {
        return List.of(NameFromDescription.INSTANCE);
    }
}
