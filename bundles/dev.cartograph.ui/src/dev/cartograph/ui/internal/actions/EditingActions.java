// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;

import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * The edit actions of one selection source of a portfolio editor (the editor's pages, or its
 * outline): delete, cut, copy and paste on the selected elements, as global action handlers
 * and in context menus with "New Child" and "New Sibling".
 */
public final class EditingActions {

    private final PortfolioEditor editor;
    private final DeleteAction delete;
    private final CutAction cut;
    private final CopyAction copy;
    private final PasteAction paste;
    private final List<ModelAction> all;
    private final Listener focusListener = event -> update();
    private ISelectionProvider provider;

    /** @param editor the editor whose elements the actions change */
    public EditingActions(PortfolioEditor editor) {
        this.editor = editor;
        delete = new DeleteAction(editor);
        cut = new CutAction(editor, this::update);
        copy = new CopyAction(editor, this::update);
        paste = new PasteAction(editor);
        all = List.of(delete, cut, copy, paste);
        Display display = Display.getCurrent();
        if (display != null) {
            display.addFilter(SWT.FocusIn, focusListener);
        }
    }

    /**
     * @param selectionProvider where the selection comes from from now on (replaces the
     *        previous one)
     */
    public void attach(ISelectionProvider selectionProvider) {
        if (provider != null) {
            all.forEach(provider::removeSelectionChangedListener);
        }
        provider = selectionProvider;
        if (provider != null) {
            all.forEach(provider::addSelectionChangedListener);
            all.forEach(action -> action.selectionChanged(provider.getSelection()));
        }
    }

    /** Recomputes which actions can run (after the clipboard or the focus changed). */
    public void update() {
        all.forEach(ModelAction::update);
    }

    /** @param bars the action bars to register the actions in, as the global edit actions */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        update();
        bars.updateActionBars();
    }

    /**
     * Creates the context menu of model elements; create its SWT menu and register it with a
     * part site.
     *
     * @param id the menu's id, for contributions
     * @param selectionProvider the selection the menu acts on
     * @return the menu manager
     */
    public MenuManager createContextMenu(String id, ISelectionProvider selectionProvider) {
        MenuManager manager = new MenuManager("#PopUp", id); //$NON-NLS-1$
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(menu -> fillContextMenu(menu,
                selectionProvider.getSelection() instanceof IStructuredSelection structured ? structured
                        : StructuredSelection.EMPTY));
        return manager;
    }

    /**
     * @param menu the menu to fill
     * @param selection the selection it is shown for
     */
    public void fillContextMenu(IMenuManager menu, IStructuredSelection selection) {
        all.forEach(action -> action.selectionChanged(selection));
        menu.add(new Separator("new")); //$NON-NLS-1$
        if (editor.getPortfolio() != null) {
            menu.add(NewElementAction.useCase(editor));
            menu.add(NewElementAction.journey(editor));
            menu.add(NewElementAction.workflow(editor));
        }
        if (selection.size() == 1 && selection.getFirstElement() instanceof EObject selected
                && editor.getPortfolio() != null) {
            CreateChildMenus.fill(menu, editor, selected);
        }
        menu.add(new Separator("edit")); //$NON-NLS-1$
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(delete);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Stops listening. */
    public void dispose() {
        attach(null);
        Display display = Display.getCurrent();
        if (display != null) {
            display.removeFilter(SWT.FocusIn, focusListener);
        }
    }
}
