// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.Test;

import dev.cartograph.ui.editor.ModelTreePage;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.CriteriaPage;
import dev.cartograph.ui.internal.pages.InventoryPage;
import dev.cartograph.ui.internal.pages.JourneysPage;
import dev.cartograph.ui.internal.pages.OverviewPage;
import dev.cartograph.ui.internal.pages.RoadmapPage;
import dev.cartograph.ui.internal.pages.UseCasesPage;
import dev.cartograph.ui.internal.pages.WorkflowsPage;
import dev.cartograph.tests.support.LargePortfolio;

/**
 * A portfolio of 10,000 use cases opens on every page of the editor. The long lists (the use
 * cases, the model tree, the ranking of the criteria page) scroll inside the page: no page grows
 * to the height of its lists, which for 10,000 lines of about 20 pixels would be some 200,000
 * pixels, more than a window can be (X11 stops at 32,767) and than GTK can draw.
 */
class LargePortfolioEditorTest extends EditorTestCase {

    private static final int COUNT = 10_000;

    /** The largest size of an X11 window, in pixels. */
    private static final int WINDOW_LIMIT = 32_767;

    private static final List<String> PAGES = List.of(OverviewPage.ID, JourneysPage.ID, WorkflowsPage.ID, UseCasesPage.ID,
            CriteriaPage.ID, RoadmapPage.ID, InventoryPage.ID, ModelTreePage.ID);

    @Test
    void everyPageOpensAndItsListsScrollInsideThePage() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.write(project, "large.cartograph", LargePortfolio.generate(COUNT)));

        for (String id : PAGES) {
            IFormPage page = editor.setActivePage(id);
            Ui.flush();
            ScrolledForm form = page.getManagedForm().getForm();
            int visible = form.getClientArea().height;
            assertTrue(visible > 0, id + " is on view");
            assertTrue(form.getContent().getSize().y < WINDOW_LIMIT,
                    id + " is " + form.getContent().getSize().y + " pixels tall");
            for (Control list : lists(form.getBody())) {
                int rowsHeight = rows(list) * itemHeight(list);
                if (rowsHeight > visible) {
                    assertTrue(list.getSize().y < rowsHeight, id + ": a list of " + rows(list) + " lines is "
                            + list.getSize().y + " pixels tall: it does not scroll its lines");
                }
            }
        }

        UseCasesPage useCases = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        Ui.flush();
        assertEquals(COUNT, useCases.getViewer().getTable().getItemCount(), "every use case is listed");
        assertFillsThePage(useCases.getManagedForm().getForm());
        ModelTreePage tree = (ModelTreePage) editor.setActivePage(ModelTreePage.ID);
        Ui.flush();
        // Under the portfolio: its scoring configuration, then its use cases.
        assertEquals(COUNT + 1, tree.getViewer().getTree().getItem(0).getItemCount());
        assertFillsThePage(tree.getManagedForm().getForm());
    }

    /** The page is exactly as tall as the editor shows: the form has nothing to scroll. */
    private static void assertFillsThePage(ScrolledForm form) {
        assertEquals(form.getClientArea().height, form.getContent().getSize().y, "the form does not scroll");
    }

    private static List<Control> lists(Composite parent) {
        List<Control> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Table || child instanceof Tree) {
                found.add(child);
            } else if (child instanceof Composite composite) {
                found.addAll(lists(composite));
            }
        }
        return found;
    }

    private static int itemHeight(Control list) {
        return list instanceof Table table ? table.getItemHeight() : ((Tree) list).getItemHeight();
    }

    /** @return the lines the list shows when scrolled through: its items, and the children of expanded tree items */
    private static int rows(Control list) {
        if (list instanceof Table table) {
            return table.getItemCount();
        }
        int rows = 0;
        List<TreeItem> pending = new ArrayList<>(List.of(((Tree) list).getItems()));
        while (!pending.isEmpty()) {
            TreeItem item = pending.remove(pending.size() - 1);
            rows++;
            if (item.getExpanded()) {
                pending.addAll(List.of(item.getItems()));
            }
        }
        return rows;
    }
}
