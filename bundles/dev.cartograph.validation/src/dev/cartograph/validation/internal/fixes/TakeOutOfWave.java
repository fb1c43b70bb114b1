// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.fixes;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.UseCase;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.internal.Messages;
import dev.cartograph.validation.internal.rules.Texts;

/** For a rejected use case still planned: takes it out of its wave. */
public final class TakeOutOfWave extends BuiltInFix {

    /** The fix. */
    public static final TakeOutOfWave INSTANCE = new TakeOutOfWave();

    private TakeOutOfWave() {
    }

    @Override
    public String label(Finding finding, Locale locale) {
        UseCase useCase = finding.element() instanceof UseCase u ? u : null;
        return Messages.format(locale, "TakeOutOfWave_label", Texts.name(useCase, locale), //$NON-NLS-1$
                Texts.name(useCase == null ? null : useCase.getWave(), locale));
    }

    @Override
    public boolean isApplicable(Finding finding) {
        return finding.element() instanceof UseCase useCase && useCase.getWave() != null;
    }

    @Override
    Command repair(EditingDomain domain, Finding finding) {
        return new SetCommand(domain, finding.element(), CartographPackage.Literals.USE_CASE__WAVE, null);
    }
}
