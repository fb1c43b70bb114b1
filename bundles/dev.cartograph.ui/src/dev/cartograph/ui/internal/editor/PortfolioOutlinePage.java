// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.cartograph.ui.editor.IPortfolioEditorPage;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.editor.UndoRedoActions;
import dev.cartograph.ui.internal.actions.EditingActions;
import dev.cartograph.ui.viewers.ItemProviderContentProvider;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;

/**
 * The portfolio as a tree in the Outline view. Its selection and the editor's follow each
 * other: selecting an element here shows it in the editor, on the page made for it; selecting in
 * the editor selects it here. Its context menu creates, cuts, copies, pastes and deletes
 * elements, like the editor's. While a page that has an outline of its own is active (a map's
 * miniature), the Outline shows that instead of the tree.
 */
public final class PortfolioOutlinePage extends ContentOutlinePage {

    private final PortfolioEditor editor;
    private final SelectionBroker editorSelection;
    private final ContributedPages contributedPages;
    private final Map<IFormPage, Control> pageOutlines = new IdentityHashMap<>();
    private PageBook book;
    private Control shown;
    private EditingActions actions;
    private UndoRedoActions undoRedo;
    private boolean synchronising;

    private final ISelectionChangedListener fromEditor = this::editorSelectionChanged;

    /**
     * @param editor the editor outlined
     * @param editorSelection the editor's selection
     * @param contributedPages the editor's contributed pages, called safely
     */
    public PortfolioOutlinePage(PortfolioEditor editor, SelectionBroker editorSelection, ContributedPages contributedPages) {
        this.editor = editor;
        this.editorSelection = editorSelection;
        this.contributedPages = contributedPages;
    }

    @Override
    public void createControl(Composite parent) {
        book = new PageBook(parent, SWT.NONE);
        super.createControl(book);
        book.showPage(getTreeViewer().getControl());
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ItemProviderContentProvider(editor.getAdapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(editor.getAdapterFactory()));
        viewer.setUseHashlookup(true);
        setInput(editor.getResource());
        actions = new EditingActions(editor);
        actions.attach(viewer);
        String menuId = PortfolioEditor.ID + ".outline"; //$NON-NLS-1$
        MenuManager menu = actions.createContextMenu(menuId, viewer);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menuId, menu, viewer);
        editorSelection.addSelectionChangedListener(fromEditor);
        activePageChanged(editor.getActivePageInstance());
    }

    @Override
    public Control getControl() {
        return book;
    }

    /**
     * Shows the outline of the editor's active page: its own, if it has one, else the tree.
     *
     * @param page the active page, or {@code null}
     */
    public void activePageChanged(IFormPage page) {
        if (book == null || book.isDisposed()) {
            return;
        }
        Control pageOutline = null;
        if (page instanceof IPortfolioEditorPage portfolioPage) {
            if (!pageOutlines.containsKey(page)) {
                pageOutlines.put(page, contributedPages.call(page, () -> portfolioPage.createOutline(book), null));
            }
            pageOutline = pageOutlines.get(page);
        }
        shown = pageOutline != null && !pageOutline.isDisposed() ? pageOutline : getTreeViewer().getControl();
        book.showPage(shown);
    }

    @Override
    public void setFocus() {
        if (shown != null && !shown.isDisposed()) {
            shown.setFocus();
        } else {
            super.setFocus();
        }
    }

    /** @param page a page the editor took out: its outline goes too */
    public void pageRemoved(IFormPage page) {
        Control pageOutline = pageOutlines.remove(page);
        if (pageOutline != null && !pageOutline.isDisposed()) {
            if (book != null && !book.isDisposed()) {
                shown = getTreeViewer().getControl();
                book.showPage(shown);
            }
            pageOutline.dispose();
        }
    }

    @Override
    public void setActionBars(IActionBars bars) {
        super.setActionBars(bars);
        if (actions != null) {
            actions.install(bars);
        }
        // With the focus in the Outline, Undo and Redo act on the outlined portfolio.
        undoRedo = new UndoRedoActions(bars);
        undoRedo.bind(editor.getEditingDomain() == null ? null : editor.getEditingDomain().getCommandStack());
    }

    /** @param resource the resource to show (after the editor reloaded its file) */
    public void setInput(Resource resource) {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(resource);
            viewer.expandToLevel(2);
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (synchronising || !(event.getSelection() instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        synchronising = true;
        try {
            editor.showElements(List.copyOf(structured.toList()));
        } finally {
            synchronising = false;
        }
    }

    private void editorSelectionChanged(SelectionChangedEvent event) {
        TreeViewer viewer = getTreeViewer();
        ISelection selection = event.getSelection();
        if (synchronising || viewer == null || viewer.getControl().isDisposed()
                || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        synchronising = true;
        try {
            viewer.setSelection(new StructuredSelection(structured.toList()), true);
        } finally {
            synchronising = false;
        }
    }

    @Override
    public void dispose() {
        editorSelection.removeSelectionChangedListener(fromEditor);
        if (actions != null) {
            actions.dispose();
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }
}
