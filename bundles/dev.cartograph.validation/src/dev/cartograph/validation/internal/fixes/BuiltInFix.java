// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.fixes;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.validation.Finding;
import dev.cartograph.validation.QuickFix;

/**
 * A quick fix shipped with Cartograph: the model command it wraps is labelled with the fix's
 * label, and is unexecutable when the finding no longer applies.
 */
abstract class BuiltInFix implements QuickFix {

    @Override
    public final Command createCommand(EditingDomain domain, Finding finding) {
        if (!isApplicable(finding)) {
            return UnexecutableCommand.INSTANCE;
        }
        Command command = repair(domain, finding);
        if (command == null) {
            return UnexecutableCommand.INSTANCE;
        }
        return new CommandWrapper(label(finding, Locale.getDefault()), null, command);
    }

    /**
     * @param domain the editing domain
     * @param finding an applicable finding
     * @return the command that repairs it, or {@code null} when the model no longer needs it
     */
    abstract Command repair(EditingDomain domain, Finding finding);
}
