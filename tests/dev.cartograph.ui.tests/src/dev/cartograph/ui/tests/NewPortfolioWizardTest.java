// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.wizards.NewPortfolioWizard;
import dev.cartograph.ui.internal.wizards.ShippedSample;
import dev.cartograph.ui.scoring.WorkbenchScoring;

/** File > New > Portfolio: a blank portfolio with the default scoring settings, opened in the editor. */
class NewPortfolioWizardTest extends EditorTestCase {

    /** The wizard dialog, with its buttons pressed as a user presses them. */
    private static final class Dialog extends WizardDialog {
        Dialog(Shell shell, NewPortfolioWizard wizard) {
            super(shell, wizard);
            setBlockOnOpen(false);
        }

        void press(int buttonId) {
            Button button = getButton(buttonId);
            assertTrue(button.isEnabled(), "the button can be pressed");
            buttonPressed(buttonId);
        }

        boolean canPress(int buttonId) {
            return getButton(buttonId).isEnabled();
        }
    }

    @Test
    void createsABlankPortfolioWithTheDefaultScoringSettingsAndOpensIt() throws Exception {
        NewPortfolioWizard wizard = new NewPortfolioWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        Dialog dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.open();
        Ui.flush();

        wizard.getFilePage().setFileName("pilot");
        dialog.press(IDialogConstants.NEXT_ID);
        assertFalse(dialog.canPress(IDialogConstants.FINISH_ID), "a blank portfolio needs a name");
        wizard.getContentPage().getNameField().setText("Claims pilot");
        Ui.flush();
        dialog.press(IDialogConstants.FINISH_ID);
        Ui.flush();

        IFile file = project.getFile("pilot.cartograph");
        assertTrue(file.exists(), "the file is in the project, with the portfolio extension");
        Portfolio portfolio = Portfolios.read(file);
        assertEquals("Claims pilot", portfolio.getName());
        ScoringConfiguration scoring = portfolio.getScoring();
        assertNotNull(scoring, "the scoring settings are there from the start");
        assertEquals(50, scoring.getImpactThreshold());
        assertEquals(50, scoring.getFeasibilityThreshold());
        assertEquals(25, scoring.getDisagreementThreshold());
        List<Criterion> installed = WorkbenchScoring.criteria().criteria();
        assertEquals(installed.stream().map(Criterion::id).toList(),
                scoring.getCriteria().stream().map(CriterionSetting::getCriterionId).toList(),
                "one setting per installed criterion, in their order");
        assertTrue(installed.stream().map(Criterion::id).toList().containsAll(List.of("strategic-value",
                "customer-experience", "financial-potential", "data-process-maturity", "technical-complexity",
                "brand-impact", "compliance-risk", "initiative-alignment")), "the eight criteria of the method");
        for (int i = 0; i < installed.size(); i++) {
            CriterionSetting setting = scoring.getCriteria().get(i);
            assertTrue(setting.isEnabled());
            assertEquals(installed.get(i).defaultWeight(), setting.getWeight(),
                    setting.getCriterionId() + " has its default weight (no preference set)");
        }
        IEditorPart editor = Ui.page().getActiveEditor();
        assertTrue(editor instanceof PortfolioEditor portfolioEditor
                && file.equals(portfolioEditor.getFile()), "the new portfolio is open");
    }

    @Test
    void createsACopyOfTheShippedSample() throws Exception {
        NewPortfolioWizard wizard = new NewPortfolioWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        Dialog dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.open();
        Ui.flush();
        wizard.getFilePage().setFileName("copy.cartograph");
        dialog.press(IDialogConstants.NEXT_ID);
        Button sample = wizard.getContentPage().getSampleChoice();
        assertTrue(sample.isEnabled(), "the product ships the sample");
        wizard.getContentPage().getBlankChoice().setSelection(false);
        sample.setSelection(true);
        sample.notifyListeners(SWT.Selection, new Event());
        Ui.flush();

        dialog.press(IDialogConstants.FINISH_ID);
        Ui.flush();

        IFile file = project.getFile("copy.cartograph");
        assertTrue(file.exists());
        try (InputStream shipped = ShippedSample.url().openStream(); InputStream copy = file.getContents()) {
            assertArrayEquals(shipped.readAllBytes(), copy.readAllBytes(), "a byte-for-byte copy of the sample");
        }
    }
}
