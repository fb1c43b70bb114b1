// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * The IDE's commands for text files and resources are not in the product's menus: no File &gt;
 * Convert Line Delimiters To, no Edit &gt; Add Bookmark or Add Task; File &gt; Print stays (the
 * maps and the matrix print).
 */
class IdeLeftoversTest {

    @Test
    void theMenusHaveNoTextFileCommands() {
        IWorkbenchWindow window = UiWait.until(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow(),
                Duration.ofSeconds(60));
        assertNotNull(window);
        Menu bar = window.getShell().getMenuBar();
        UiWait.until(() -> texts(bar.getItem(1).getMenu()).contains("Add Task...") ? null : Boolean.TRUE, //$NON-NLS-1$
                Duration.ofSeconds(30));
        List<String> file = texts(bar.getItem(0).getMenu());
        List<String> edit = texts(bar.getItem(1).getMenu());
        assertFalse(file.contains("Convert Line Delimiters To"), file.toString()); //$NON-NLS-1$
        assertTrue(file.contains("Print..."), file.toString()); //$NON-NLS-1$
        assertFalse(edit.contains("Add Bookmark..."), edit.toString()); //$NON-NLS-1$
        assertFalse(edit.contains("Add Task..."), edit.toString()); //$NON-NLS-1$
        assertTrue(edit.stream().anyMatch(t -> t.startsWith("Undo")), edit.toString()); //$NON-NLS-1$
    }

    /** @return the texts of a menu's items, without mnemonics and accelerators, once it is filled */
    private static List<String> texts(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        while (menu.getDisplay().readAndDispatch()) {
            // let the menu's managers fill it
        }
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(item.getText().replace("&", "").replaceAll("\t.*", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }
}
