// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.ValidationReport;

/**
 * One quick fix of a marker: opens the portfolio in its editor, finds the finding again in the
 * model as it is now, and runs the fix's command on the editor's command stack (so that Undo
 * reverts it). The file's markers are then brought up to date.
 */
final class QuickFixResolution implements IMarkerResolution2 {

    private final String label;
    private final int index;

    QuickFixResolution(String label, int index) {
        this.label = label;
        this.index = index;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public String getDescription() {
        return Messages.QuickFix_description;
    }

    @Override
    public Image getImage() {
        return ScoringUiPlugin.image(ScoringUiPlugin.IMG_VALIDATE);
    }

    @Override
    public void run(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return;
        }
        PortfolioEditor editor = open(file);
        if (editor == null || editor.getPortfolio() == null || editor.getEditingDomain() == null) {
            return;
        }
        apply(editor, marker.getAttribute(ScoringUi.MARKER_RULE_ID, ""), //$NON-NLS-1$
                MarkerElements.elementOf(editor.getResource(), marker));
        Validations.validateNow(editor);
    }

    /**
     * Finds the finding of a rule on an element in the editor's model as it is now, and runs the
     * fix with this resolution's label (or, failing that, its position) on the command stack.
     *
     * @return whether a command ran
     */
    boolean apply(PortfolioEditor editor, String ruleId, EObject element) {
        if (element == null) {
            return false;
        }
        Portfolio portfolio = editor.getPortfolio();
        ValidationReport report = ValidationRules.validation().validate(portfolio, Validations.scoringOf(portfolio),
                ValidationRules.options());
        for (Finding finding : report.findingsFor(element)) {
            if (!finding.ruleId().equals(ruleId)) {
                continue;
            }
            List<QuickFix> fixes = ValidationRules.registry().quickFixes(finding);
            QuickFix chosen = null;
            for (QuickFix fix : fixes) {
                if (fix.label(finding, report.locale()).equals(label)) {
                    chosen = fix;
                }
            }
            if (chosen == null && index < fixes.size()) {
                chosen = fixes.get(index);
            }
            if (chosen != null) {
                EditingDomain domain = editor.getEditingDomain();
                Command command = chosen.createCommand(domain, finding);
                if (command != null && command.canExecute()) {
                    domain.getCommandStack().execute(command);
                    return true;
                }
            }
        }
        return false;
    }

    static PortfolioEditor open(IFile file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            IEditorPart editor = IDE.openEditor(page, file, true);
            return editor instanceof PortfolioEditor portfolioEditor ? portfolioEditor : null;
        } catch (PartInitException e) {
            ScoringUiPlugin.log(IStatus.ERROR, e.getMessage(), e);
            return null;
        }
    }
}
