// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.cli.internal.output.Texts;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Score;

/**
 * Names model elements for people: their kind and name ({@code Use case 'Claims triage'}), the
 * criterion for scores, settings and gates, and for an element without a name, the element it
 * belongs to ({@code Business case of use case 'Claims triage'}).
 */
public final class Elements {

    private static final int MAX_DEPTH = 4;

    private Elements() {
    }

    /**
     * @param element a model element
     * @param locale the language
     * @return its description, starting with a capital
     */
    public static String describe(EObject element, Locale locale) {
        String text = describe(element, locale, 0);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static String describe(EObject element, Locale locale, int depth) {
        String kind = Messages.get(locale, "Kind_" + element.eClass().getName()); //$NON-NLS-1$
        String name = name(element);
        if (name != null && !name.isBlank()) {
            return Messages.get(locale, "Element_named", kind, Texts.oneLine(name)); //$NON-NLS-1$
        }
        EObject container = element.eContainer();
        if (container == null || depth >= MAX_DEPTH) {
            return kind;
        }
        return Messages.get(locale, "Element_of", kind, describe(container, locale, depth + 1)); //$NON-NLS-1$
    }

    private static String name(EObject element) {
        return switch (element) {
        case NamedElement named -> named.getName();
        case Score score -> score.getCriterionId();
        case CriterionSetting setting -> setting.getCriterionId();
        case Gate gate -> gate.getCriterionId();
        default -> null;
        };
    }
}
