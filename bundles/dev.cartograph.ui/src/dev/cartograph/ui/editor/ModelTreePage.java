// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;

import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.ItemProviderContentProvider;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;

/** The editor page that shows the whole portfolio as a tree. */
public class ModelTreePage extends FormPage {

    /** The page id. */
    public static final String ID = "dev.cartograph.ui.editor.model"; //$NON-NLS-1$

    private TreeViewer viewer;

    /** @param editor the portfolio editor this page belongs to */
    public ModelTreePage(PortfolioEditor editor) {
        super(editor, ID, Messages.ModelTreePage_title);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        PortfolioEditor editor = (PortfolioEditor) getEditor();
        managedForm.getForm().setText(Messages.ModelTreePage_title);
        Composite body = managedForm.getForm().getBody();
        body.setLayout(new FillLayout());
        viewer = new TreeViewer(body, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ItemProviderContentProvider(editor.getAdapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(editor.getAdapterFactory()));
        viewer.setInput(editor.getResource());
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
    }

    /** @return the tree of the portfolio */
    public TreeViewer getViewer() {
        return viewer;
    }
}
