// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ISection;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.UseCasesPage;
import dev.cartograph.ui.internal.pages.WorkflowsPage;
import dev.cartograph.ui.internal.properties.GeneralSection;

/** The tabbed Properties view follows the editor's selection and edits through its command stack. */
class PropertiesViewTest extends EditorTestCase {

    private static TabbedPropertySheetPage properties() throws Exception {
        PropertySheet view = (PropertySheet) Ui.page().showView(IPageLayout.ID_PROP_SHEET);
        Ui.flush();
        return assertInstanceOf(TabbedPropertySheetPage.class, view.getCurrentPage());
    }

    private static List<String> tabs(TabbedPropertySheetPage page) {
        return Arrays.stream(page.getActiveTabs()).map(ITabDescriptor::getLabel).toList();
    }

    @Test
    void aUseCaseHasItsTabsAndItsNameCanBeEditedThere() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        TabbedPropertySheetPage properties = properties();
        Ui.page().activate(editor);
        UseCase useCase = editor.getPortfolio().getUseCases().get(2);
        UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        page.getViewer().setSelection(new StructuredSelection(useCase), true);
        Ui.flush();

        assertEquals(List.of("General", "Anchors", "Links", "Business Case", "Scores", "Advanced"), tabs(properties));

        properties.setSelectedTab("dev.cartograph.ui.properties.general");
        Ui.flush();
        ISection section = properties.getCurrentTab().getSections()[0];
        Text name = (Text) ((GeneralSection) section).fields().control(Literals.NAMED_ELEMENT__NAME);
        assertEquals(useCase.getName(), name.getText());
        Ui.type(name, "Renamed in the Properties view");

        assertTrue(Ui.waitFor(editor::isDirty), "a change in the Properties view is a change of the editor");
        assertEquals("Renamed in the Properties view", useCase.getName());
        Ui.page().activate(editor);
        Ui.run("org.eclipse.ui.edit.undo");
        assertTrue(!editor.isDirty() && !useCase.getName().equals("Renamed in the Properties view"), "undone");
    }

    @Test
    void aStepHasNoUseCaseTabs() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        TabbedPropertySheetPage properties = properties();
        Ui.page().activate(editor);
        WorkflowStep step = editor.getPortfolio().getWorkflows().get(0).getSteps().get(0);
        WorkflowsPage page = (WorkflowsPage) editor.setActivePage(WorkflowsPage.ID);
        page.getViewer().setSelection(new StructuredSelection(step), true);
        Ui.flush();

        assertEquals(List.of("General", "Links", "Advanced"), tabs(properties));
    }
}
