// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.internal;

import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.internal.WorkbenchWindow;

/**
 * Takes out of the workbench what the IDE application contributes for text files and resources
 * and means nothing in a portfolio: File &gt; Convert Line Delimiters To, the previous/next
 * annotation and edit-position buttons, and Edit &gt; Add Bookmark and Add Task.
 *
 * <p>The action sets are hidden on every page, again whenever a perspective is activated or reset
 * (the platform shows the action sets that declare themselves visible on each activation). Add
 * Bookmark and Add Task are not contributions but actions the IDE's action bar builder puts into
 * the Edit menu itself, so they are removed from the window's menu manager (an internal class of
 * the workbench: the platform offers no other way; when it changes, the items merely stay).
 */
final class IdeLeftovers {

    /** The IDE's action sets for text editors, hidden on every page. */
    static final List<String> ACTION_SETS = List.of(
            "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo", //$NON-NLS-1$
            "org.eclipse.ui.edit.text.actionSet.annotationNavigation", //$NON-NLS-1$
            "org.eclipse.ui.edit.text.actionSet.navigation"); //$NON-NLS-1$

    /** The Edit menu's items for markers on resources (IDEActionFactory.BOOKMARK and ADD_TASK). */
    static final List<String> EDIT_ITEMS = List.of("bookmark", "addTask"); //$NON-NLS-1$ //$NON-NLS-2$

    private IdeLeftovers() {
    }

    /** Cleans the open windows and every window opened later; call on the UI thread. */
    static void install(IWorkbench workbench) {
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            clean(window);
        }
        workbench.addWindowListener(new IWindowListener() {
            @Override
            public void windowOpened(IWorkbenchWindow window) {
                clean(window);
            }

            @Override
            public void windowActivated(IWorkbenchWindow window) {
                // nothing: cleaned when opened
            }

            @Override
            public void windowDeactivated(IWorkbenchWindow window) {
                // nothing
            }

            @Override
            public void windowClosed(IWorkbenchWindow window) {
                // nothing
            }
        });
    }

    private static void clean(IWorkbenchWindow window) {
        hideActionSets(window.getActivePage());
        window.addPerspectiveListener(new PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
                hideActionSets(page);
            }

            @Override
            public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
                if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
                    hideActionSets(page);
                }
            }
        });
        if (window instanceof WorkbenchWindow workbenchWindow) {
            IMenuManager edit = workbenchWindow.getMenuManager().findMenuUsingPath("edit"); //$NON-NLS-1$
            if (edit != null) {
                for (String id : EDIT_ITEMS) {
                    IContributionItem item = edit.remove(id);
                    if (item != null) {
                        item.dispose();
                    }
                }
                edit.update(true);
            }
        }
    }

    private static void hideActionSets(IWorkbenchPage page) {
        if (page != null) {
            ACTION_SETS.forEach(page::hideActionSet);
        }
    }
}
