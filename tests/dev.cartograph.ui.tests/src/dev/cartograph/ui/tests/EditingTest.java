// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.forms.ElementDetailsPage;
import dev.cartograph.ui.internal.pages.UseCasesPage;
import dev.cartograph.ui.viewers.DataTypeValues;

/** Editing a field: the editor becomes dirty, Undo restores, Save writes the file. */
class EditingTest extends EditorTestCase {

    private static final String RENAMED = "Invoice capture for AP and garages";

    private Text nameFieldOf(PortfolioEditor editor, UseCase useCase) {
        UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        page.getViewer().setSelection(new StructuredSelection(useCase), true);
        Ui.flush();
        ElementDetailsPage details = page.getBlock().getCurrentDetails();
        assertNotNull(details, "the selected use case's details are shown");
        return (Text) details.fields().control(Literals.NAMED_ELEMENT__NAME);
    }

    @Test
    void typingANameMakesTheEditorDirtyAndUndoRestoresIt() throws Exception {
        IFile file = Portfolios.sample(project, "kestrel.cartograph");
        PortfolioEditor editor = Portfolios.open(file);
        UseCase useCase = editor.getPortfolio().getUseCases().get(0);
        String original = useCase.getName();
        Text name = nameFieldOf(editor, useCase);
        assertEquals(original, name.getText(), "the field shows the use case's name");
        assertFalse(editor.isDirty());

        Ui.type(name, RENAMED);

        assertTrue(Ui.waitFor(editor::isDirty), "the editor shows unsaved changes");
        assertEquals(RENAMED, useCase.getName());
        assertEquals(RENAMED, ((UseCasesPage) editor.getActivePageInstance()).getViewer().getTable().getItem(0).getText(0),
                "the list shows the new name");

        Ui.run("org.eclipse.ui.edit.undo");

        assertEquals(original, useCase.getName(), "undo restores the name");
        assertEquals(original, name.getText(), "the field shows the restored name");
        assertFalse(editor.isDirty(), "back to the saved state");

        Ui.run("org.eclipse.ui.edit.redo");
        assertEquals(RENAMED, useCase.getName(), "redo renames again");
    }

    @Test
    void savingWritesTheFileAndClearsTheDirtyState() throws Exception {
        IFile file = Portfolios.sample(project, "kestrel.cartograph");
        PortfolioEditor editor = Portfolios.open(file);
        UseCase useCase = editor.getPortfolio().getUseCases().get(0);
        Ui.type(nameFieldOf(editor, useCase), RENAMED);
        assertTrue(Ui.waitFor(editor::isDirty));

        Ui.run("org.eclipse.ui.file.save");

        assertFalse(editor.isDirty(), "saved");
        Portfolio onDisk = Portfolios.read(file);
        assertEquals(RENAMED, onDisk.getUseCases().get(0).getName(), "the file holds the new name");
        assertEquals(editor.getPortfolio().getUseCases().size(), onDisk.getUseCases().size());
    }

    @Test
    void aNumberFieldRefusesTextThatIsNotANumberAndSaysWhy() throws Exception {
        IFile file = Portfolios.sample(project, "kestrel.cartograph");
        PortfolioEditor editor = Portfolios.open(file);
        UseCase useCase = editor.getPortfolio().getUseCases().stream()
                .filter(u -> u.getBusinessCase() != null && u.getBusinessCase().isSetOneOffCost()).findFirst().orElseThrow();
        double cost = useCase.getBusinessCase().getOneOffCost();
        nameFieldOf(editor, useCase);
        ElementDetailsPage details = ((UseCasesPage) editor.getActivePageInstance()).getBlock().getCurrentDetails();
        Text field = (Text) details.fields().control(Literals.BUSINESS_CASE__ONE_OFF_COST);
        assertEquals(DataTypeValues.toText(org.eclipse.emf.ecore.EcorePackage.Literals.EDOUBLE, cost), field.getText());

        Ui.type(field, "120 k");

        assertEquals("\"120 k\" is not a number: use digits, for example "
                + DataTypeValues.toText(org.eclipse.emf.ecore.EcorePackage.Literals.EDOUBLE, 1250.5) + " (or 1250.5).",
                details.fields().problem(Literals.BUSINESS_CASE__ONE_OFF_COST));
        assertEquals(cost, useCase.getBusinessCase().getOneOffCost(), "the model keeps its value");
        assertFalse(editor.isDirty(), "nothing was changed");

        Ui.type(field, "120000");

        assertTrue(Ui.waitFor(editor::isDirty));
        assertEquals(120000, useCase.getBusinessCase().getOneOffCost());
        assertEquals(null, details.fields().problem(Literals.BUSINESS_CASE__ONE_OFF_COST), "the marker is gone");
    }
}
