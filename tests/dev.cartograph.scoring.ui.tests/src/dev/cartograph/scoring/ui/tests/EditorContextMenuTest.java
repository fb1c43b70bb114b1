// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * The portfolio editor has one context menu, registered with its site, on the lists of every
 * page: it offers the editor's own actions and what other plug-ins contribute, Validate among
 * them.
 */
class EditorContextMenuTest {

    private PortfolioEditor editor;

    @BeforeEach
    void openTheSample() throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(SamplePortfolio.build(), "context-menu.cartograph"); //$NON-NLS-1$
        editor = TestWorkbench.open(file);
    }

    @AfterEach
    void close() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev.cartograph.ui.editor.overview", "dev.cartograph.ui.editor.journeys",
            "dev.cartograph.ui.editor.useCases", "dev.cartograph.ui.editor.criteria", "dev.cartograph.ui.editor.roadmap",
            "dev.cartograph.ui.editor.model" })
    void everyPageOffersTheEditorsActionsAndValidate(String pageId) {
        IFormPage page = editor.setActivePage(pageId);
        UiWait.settle();
        Set<Menu> menus = new LinkedHashSet<>();
        for (Control control : controls(page.getManagedForm().getForm().getBody())) {
            if (control.getMenu() != null) {
                menus.add(control.getMenu());
            }
        }
        assertEquals(1, menus.size(), "one context menu on the page's list");

        List<String> items = show(menus.iterator().next());

        assertTrue(items.contains("Validate"), items.toString()); //$NON-NLS-1$
        assertTrue(items.contains("Delete"), items.toString()); //$NON-NLS-1$
        assertFalse(items.stream().filter("Validate"::equals).count() > 1, "Validate once: " + items); //$NON-NLS-1$
    }

    /** Opens the menu as a right-click does, and reads its items. */
    private static List<String> show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        UiWait.settle();
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            texts.add(item.getText().replace("&", "").replaceAll("\t.*", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        menu.notifyListeners(SWT.Hide, new Event());
        UiWait.settle();
        return texts;
    }

    private static List<Control> controls(Composite parent) {
        List<Control> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            found.add(child);
            if (child instanceof Composite composite) {
                found.addAll(controls(composite));
            }
        }
        return found;
    }
}
