// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;

import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.pages.PortfolioFormPage;
import dev.cartograph.ui.viewers.ItemProviderContentProvider;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;

/**
 * The editor page that shows the whole portfolio as a tree, with the context menu that creates
 * children and siblings, and cuts, copies, pastes and deletes elements. It can show any element.
 */
public class ModelTreePage extends FormPage implements IPortfolioEditorPage {

    /** The page id. */
    public static final String ID = "dev.cartograph.ui.editor.model"; //$NON-NLS-1$

    /** The size the tree asks for, in pixels: the form never scrolls for less room than this. */
    private static final int MINIMUM_SIZE = 200;

    private TreeViewer viewer;

    /** @param editor the portfolio editor this page belongs to */
    public ModelTreePage(PortfolioEditor editor) {
        super(editor, ID, Messages.ModelTreePage_title);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        PortfolioEditor editor = (PortfolioEditor) getEditor();
        PortfolioFormPage.decorate(managedForm, editor, Messages.ModelTreePage_title, CartographImages.PORTFOLIO);
        // The tree scrolls itself and the form does not: the form fills the page, never grows to
        // the height of the expanded tree (which, with thousands of use cases, is more than a
        // window system can draw).
        managedForm.getForm().setExpandVertical(true);
        Composite body = managedForm.getForm().getBody();
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
        Tree tree = managedForm.getToolkit().createTree(body, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(MINIMUM_SIZE, MINIMUM_SIZE).applyTo(tree);
        managedForm.getToolkit().paintBordersFor(body);
        viewer = new TreeViewer(tree);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(editor.getAdapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(editor.getAdapterFactory()));
        viewer.setInput(editor.getResource());
        viewer.expandToLevel(2);
        editor.setSelectionSource(this, viewer);
        editor.hookContextMenu(viewer.getControl());
    }

    /** @return the tree of the portfolio */
    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public boolean canShow(Object element) {
        return element instanceof EObject;
    }

    @Override
    public void show(List<?> elements) {
        if (viewer != null) {
            viewer.setSelection(new StructuredSelection(elements), true);
        }
    }

    @Override
    public ISelectionProvider getSelectionSource() {
        return viewer;
    }
}
