// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.fixes;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.NamedElement;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.internal.Messages;
import dev.cartograph.validation.internal.rules.Texts;

/**
 * For an element without a name that has a description: names it after the description's first
 * sentence, cut after a few words.
 */
public final class NameFromDescription extends BuiltInFix {

    /** The fix. */
    public static final NameFromDescription INSTANCE = new NameFromDescription();

    /** The most words a proposed name takes from the description. */
    private static final int MAX_WORDS = 8;

    private NameFromDescription() {
    }

    /**
     * @param description a description
     * @return the name it proposes: its first sentence, at most {@value #MAX_WORDS} words, without
     *         a final full stop; empty for a blank description
     */
    public static String propose(String description) {
        if (Texts.isBlank(description)) {
            return ""; //$NON-NLS-1$
        }
        String first = description.strip().split("(?<=[.!?])\\s|\\R", 2)[0]; //$NON-NLS-1$
        String[] words = first.strip().split("\\s+"); //$NON-NLS-1$
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
            if (i > 0) {
                name.append(' ');
            }
            name.append(words[i]);
        }
        String text = name.toString();
        while (!text.isEmpty() && ".,;:!?".indexOf(text.charAt(text.length() - 1)) >= 0) { //$NON-NLS-1$
            text = text.substring(0, text.length() - 1);
        }
        return words.length > MAX_WORDS ? text + "\u2026" : text; //$NON-NLS-1$
    }

    @Override
    public String label(Finding finding, Locale locale) {
        String proposed = finding.element() instanceof NamedElement element ? propose(element.getDescription()) : ""; //$NON-NLS-1$
        return Messages.format(locale, "NameFromDescription_label", proposed); //$NON-NLS-1$
    }

    @Override
    public boolean isApplicable(Finding finding) {
        return finding.element() instanceof NamedElement element && Texts.isBlank(element.getName())
                && !propose(element.getDescription()).isEmpty();
    }

    @Override
    Command repair(EditingDomain domain, Finding finding) {
        NamedElement element = (NamedElement) finding.element();
        return new SetCommand(domain, element, CartographPackage.Literals.NAMED_ELEMENT__NAME,
                propose(element.getDescription()));
    }
}
