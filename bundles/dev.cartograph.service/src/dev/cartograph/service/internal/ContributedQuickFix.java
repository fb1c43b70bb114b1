// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.scoring.internal.text.Failures;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.QuickFix;

/**
 * A quick fix read from a {@code quickFix} element. Its label comes from the element (the
 * class's own label is not used), so that its texts are translated like every other text of
 * the plug-in. Its class is created the first time a finding of the rule asks for fixes, and
 * called through {@link org.eclipse.core.runtime.SafeRunner}. A fix whose class cannot be
 * created, or that throws, costs only itself: it is not applicable, and its command is
 * unexecutable; the failure is reported once against the contributor.
 */
final class ContributedQuickFix implements QuickFix {

    private final String ruleId;
    private final String label;
    private final ExtensionInstance<QuickFix> code;
    private final ExtensionInstance.Report report;
    private final AtomicBoolean logged = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();

    /**
     * @param ruleId the id of the rule offering the fix
     * @param label the localised label
     * @param code the contributed class
     * @param report told about the fix's first failure
     */
    ContributedQuickFix(String ruleId, String label, ExtensionInstance<QuickFix> code,
            ExtensionInstance.Report report) {
        this.ruleId = ruleId;
        this.label = label;
        this.code = code;
        this.report = report;
    }

    @Override
    public String label(Finding finding, Locale locale) {
        return label;
    }

    @Override
    public boolean isApplicable(Finding finding) {
        QuickFix fix = fix();
        if (fix == null) {
            return false;
        }
        try {
            return SafeCall.run(() -> fix.isApplicable(finding), logged);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failed(e);
            return false;
        }
    }

    @Override
    public Command createCommand(EditingDomain domain, Finding finding) {
        QuickFix fix = fix();
        if (fix == null) {
            return UnexecutableCommand.INSTANCE;
        }
        try {
            Command command = SafeCall.run(() -> fix.createCommand(domain, finding), logged);
            return command == null ? UnexecutableCommand.INSTANCE : command;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failed(e);
            return UnexecutableCommand.INSTANCE;
        }
    }

    /** @return the contributed fix, or {@code null} if it cannot be created (reported once by the instance) */
    private QuickFix fix() {
        try {
            return code.get();
        } catch (ContributionException e) {
            return null;
        }
    }

    private void failed(Throwable thrown) {
        if (reported.compareAndSet(false, true)) {
            report.failed(ruleId, Messages.format(Messages.QuickFix_failed, ruleId, label, Failures.describe(thrown)),
                    thrown);
        }
    }

    @Override
    public String toString() {
        return ruleId + ": " + label; //$NON-NLS-1$
    }
}
