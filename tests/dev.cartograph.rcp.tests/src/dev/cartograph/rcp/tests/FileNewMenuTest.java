// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** File > New offers the portfolio and one entry for a project, not both "Project" and "Project...". */
class FileNewMenuTest {

    @Test
    void fileNewHasThePortfolioAndASingleProjectEntry() {
        IWorkbenchWindow window = UiWait.until(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow(),
                Duration.ofSeconds(60));
        assertNotNull(window);
        Menu file = submenu(window.getShell().getMenuBar(), 0);
        Menu fileNew = null;
        for (MenuItem item : items(file)) {
            if (item.getMenu() != null) {
                fileNew = item.getMenu();
                break;
            }
        }
        assertNotNull(fileNew, "File has a New submenu");
        List<String> texts = new ArrayList<>();
        for (MenuItem item : items(fileNew)) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(item.getText().replace("&", "").replaceAll("\t.*", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            }
        }
        assertTrue(texts.contains("Portfolio"), texts.toString()); //$NON-NLS-1$
        assertEquals(1, texts.stream().filter(t -> t.startsWith("Project")).count(), texts.toString()); //$NON-NLS-1$
    }

    private static Menu submenu(Menu bar, int index) {
        return bar.getItem(index).getMenu();
    }

    /** @return the items of a menu, after letting its contributions fill it as opening it does */
    private static MenuItem[] items(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        while (menu.getDisplay().readAndDispatch()) {
            // let the menu's managers fill it
        }
        MenuItem[] items = menu.getItems();
        menu.notifyListeners(SWT.Hide, new Event());
        return items;
    }
}
