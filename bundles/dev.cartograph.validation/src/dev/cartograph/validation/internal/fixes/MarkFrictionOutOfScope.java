// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.fixes;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Friction;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.internal.Messages;
import dev.cartograph.validation.internal.rules.Texts;

/** For a friction no use case addresses: records the decision not to address it with AI. */
public final class MarkFrictionOutOfScope extends BuiltInFix {

    /** The fix. */
    public static final MarkFrictionOutOfScope INSTANCE = new MarkFrictionOutOfScope();

    private MarkFrictionOutOfScope() {
    }

    @Override
    public String label(Finding finding, Locale locale) {
        return Messages.format(locale, "MarkFrictionOutOfScope_label", //$NON-NLS-1$
                finding.element() instanceof Friction friction ? Texts.name(friction, locale) : ""); //$NON-NLS-1$
    }

    @Override
    public boolean isApplicable(Finding finding) {
        return finding.element() instanceof Friction;
    }

    @Override
    Command repair(EditingDomain domain, Finding finding) {
        Friction friction = (Friction) finding.element();
        if (friction.isOutOfScope()) {
            return null;
        }
        return new SetCommand(domain, friction, CartographPackage.Literals.FRICTION__OUT_OF_SCOPE, Boolean.TRUE);
    }
}
