// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An obvious repair of a finding, as an EMF command that the caller executes on its editing
 * domain's command stack (and so can undo). Offered by the finding's rule
 * ({@link ValidationRule#quickFixes()}); look them up with {@link RuleRegistry#quickFixes(Finding)}.
 */
public interface QuickFix {

    /**
     * @param finding the finding to fix
     * @param locale the locale
     * @return what the fix does, for a menu: for example "Mark the friction as out of scope"
     */
    String label(Finding finding, Locale locale);

    /**
     * @param finding a finding of this fix's rule
     * @return whether this fix can repair it (by default, yes)
     */
    default boolean isApplicable(Finding finding) {
        return true;
    }

    /**
     * Creates the command that repairs the finding. The command reads the model when created;
     * it is unexecutable when the finding no longer applies (for example the element was deleted).
     *
     * @param domain the editing domain of the finding's model
     * @param finding the finding
     * @return the command, labelled with {@link #label(Finding, Locale)} in the default locale
     */
    Command createCommand(EditingDomain domain, Finding finding);
}
