// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.validation.Finding;
import dev.cartograph.validation.QuickFix;

/** A contributed quick fix that throws whenever it is asked anything. */
public final class ThrowingFix implements QuickFix {

    static final String MESSAGE = "fix service down";

    @Override
    public String label(Finding finding, Locale locale) {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public boolean isApplicable(Finding finding) {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public Command createCommand(EditingDomain domain, Finding finding) {
        throw new IllegalStateException(MESSAGE);
    }
}
