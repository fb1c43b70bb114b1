// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.validation.internal.Messages;

/** The localised name of a kind of element, for messages: "use case", "workflow step"... */
public final class Kinds {

    private Kinds() {
    }

    /**
     * @param element an element
     * @param locale the locale
     * @return its kind, in lower case; the model class name when no text is known
     */
    public static String label(EObject element, Locale locale) {
        String key = "Kind_" + element.eClass().getName(); //$NON-NLS-1$
        String text = Messages.format(locale, key);
        return text == null || text.startsWith("!") ? element.eClass().getName() : text; //$NON-NLS-1$
    }
}
