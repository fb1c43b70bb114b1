// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.InventoryPage;

/** The Inventory page: the portfolio's own properties are defined in a table, each edit undoable. */
class InventoryPageTest extends EditorTestCase {

    @Test
    void aNewPropertyIsDefinedForUseCasesAndUndoRemovesIt() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "inventory.cartograph"));
        InventoryPage page = (InventoryPage) editor.setActivePage(InventoryPage.ID);
        Ui.flush();
        Portfolio portfolio = editor.getPortfolio();
        assertTrue(portfolio.getPropertyDefinitions().isEmpty());

        page.getDefinitions().add();
        Ui.flush();

        assertEquals(1, portfolio.getPropertyDefinitions().size());
        PropertyDefinition added = portfolio.getPropertyDefinitions().get(0);
        assertEquals("property1", added.getKey());
        assertEquals(PropertyType.TEXT, added.getType());
        assertEquals(List.of("UseCase"), added.getAppliesTo());
        org.eclipse.swt.widgets.Table table = page.getDefinitions().getViewer().getTable();
        assertEquals(1, table.getItemCount());
        assertEquals("Property 1", table.getItem(0).getText(1));
        assertEquals("UseCase", table.getItem(0).getText(5));

        Ui.run("org.eclipse.ui.edit.undo");
        assertTrue(portfolio.getPropertyDefinitions().isEmpty());
        Ui.page().closeAllEditors(false);
    }
}
