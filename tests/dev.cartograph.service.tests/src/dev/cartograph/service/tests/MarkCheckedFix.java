// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.UseCase;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.QuickFix;

/** A contributed quick fix that appends " (checked)" to the name of the use case a finding is about. */
public final class MarkCheckedFix implements QuickFix {

    static final String SUFFIX = " (checked)";

    @Override
    public String label(Finding finding, Locale locale) {
        return "ignored label";
    }

    @Override
    public boolean isApplicable(Finding finding) {
        return finding.element() instanceof UseCase;
    }

    @Override
    public Command createCommand(EditingDomain domain, Finding finding) {
        if (!(finding.element() instanceof UseCase useCase)) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(domain, useCase, CartographPackage.Literals.NAMED_ELEMENT__NAME,
                useCase.getName() + SUFFIX);
    }
}
