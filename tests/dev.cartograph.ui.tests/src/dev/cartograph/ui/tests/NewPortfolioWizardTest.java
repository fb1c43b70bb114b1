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
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ISetSelectionTarget;
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
        List<String> eight = List.of("strategic-value", "customer-experience", "financial-potential",
                "data-process-maturity", "technical-complexity", "brand-impact", "compliance-risk",
                "initiative-alignment");
        assertTrue(installed.stream().anyMatch(c -> c.id().equals("ai-act-risk")), "the example plug-in is installed");
        for (int i = 0; i < installed.size(); i++) {
            CriterionSetting setting = scoring.getCriteria().get(i);
            assertEquals(eight.contains(setting.getCriterionId()), setting.isEnabled(), setting.getCriterionId()
                    + ": the eight criteria of the method are on, a contributed one only if it says so");
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

    @Test
    void createsTheProjectWhenItDoesNotExistYet() throws Exception {
        IProject fresh = ResourcesPlugin.getWorkspace().getRoot().getProject("Claims discovery 2026");
        assertFalse(fresh.exists());
        try {
            NewPortfolioWizard wizard = new NewPortfolioWizard();
            wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
            Dialog dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            dialog.open();
            Ui.flush();
            // typed, as a user does (the page ignores a path to a missing folder given in code)
            List<Text> fields = texts((Composite) wizard.getFilePage().getControl());
            fields.get(0).setText("/Claims discovery 2026/portfolios");
            fields.get(fields.size() - 1).setText("claims");
            Ui.flush();
            assertTrue(dialog.canPress(IDialogConstants.NEXT_ID), "a project still to create is accepted: "
                    + wizard.getFilePage().getErrorMessage());
            assertEquals("The project Claims discovery 2026 will be created.", wizard.getFilePage().getMessage(),
                    "error: " + wizard.getFilePage().getErrorMessage());
            dialog.press(IDialogConstants.NEXT_ID);
            wizard.getContentPage().getNameField().setText("Claims");
            Ui.flush();
            dialog.press(IDialogConstants.FINISH_ID);
            Ui.flush();

            assertTrue(fresh.exists() && fresh.isOpen(), "the project was created and opened");
            IFile file = fresh.getFile("portfolios/claims.cartograph");
            assertTrue(file.exists(), "the portfolio is in the new project's folder");
            assertEquals("Claims", Portfolios.read(file).getName());
        } finally {
            Ui.page().closeAllEditors(false);
            fresh.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
        }
    }

    @Test
    void fromAnEditorItDefaultsToTheProjectSelectedInTheProjectExplorer() throws Exception {
        IViewPart explorer = Ui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(project));
        Ui.flush();
        NewPortfolioWizard wizard = new NewPortfolioWizard();
        // File > New from an editor passes the editor's selection: model elements, not resources
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(new Object()));
        Dialog dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.open();
        Ui.flush();
        try {
            assertEquals(project.getFullPath(), wizard.getFilePage().getContainerFullPath());
        } finally {
            dialog.close();
        }
    }

    private static List<Text> texts(Composite parent) {
        List<Text> found = new java.util.ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text) {
                found.add(text);
            } else if (child instanceof Composite composite) {
                found.addAll(texts(composite));
            }
        }
        return found;
    }
}
