// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.cartograph.ui.editor.IPortfolioEditorPage;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.actions.NewElementAction;

/**
 * A page of the portfolio editor: a form with the page's title and icon in its heading, and the
 * editor's "new use case / journey / workflow" actions in the heading's tool bar, so that they
 * are where the user looks on every page.
 */
public abstract class PortfolioFormPage extends FormPage implements IPortfolioEditorPage {

    private final String image;
    private ISelectionProvider selectionSource;

    /**
     * @param editor the editor
     * @param id the page id
     * @param title the page title (tab and heading)
     * @param image the page icon, one of {@link CartographImages}' keys
     */
    protected PortfolioFormPage(PortfolioEditor editor, String id, String title, String image) {
        super(editor, id, title);
        this.image = image;
    }

    /** @return the editor */
    public PortfolioEditor editor() {
        return (PortfolioEditor) getEditor();
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        decorate(managedForm, editor(), getTitle(), image);
        createContent(managedForm);
    }

    /**
     * Gives a page's form the heading of the portfolio editor's pages: title, icon, and the
     * editor's "new" actions in the tool bar.
     *
     * @param managedForm the page's form
     * @param editor the editor
     * @param title the page title
     * @param image the page icon, one of {@link CartographImages}' keys
     */
    public static void decorate(IManagedForm managedForm, PortfolioEditor editor, String title, String image) {
        ScrolledForm form = managedForm.getForm();
        form.setText(title);
        form.setImage(CartographImages.get(image));
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        IToolBarManager toolBar = form.getToolBarManager();
        toolBar.add(NewElementAction.useCase(editor));
        toolBar.add(NewElementAction.journey(editor));
        toolBar.add(NewElementAction.workflow(editor));
        toolBar.update(true);
    }

    /**
     * Creates the page's content in the form's body.
     *
     * @param managedForm the form
     */
    protected abstract void createContent(IManagedForm managedForm);

    /**
     * Makes a viewer the source of the editor's selection while this page is active.
     *
     * @param source the viewer
     */
    public void setSelectionSource(ISelectionProvider source) {
        this.selectionSource = source;
        editor().setSelectionSource(this, source);
    }

    @Override
    public ISelectionProvider getSelectionSource() {
        return selectionSource;
    }

    /**
     * Gives the page's selection source the editor's context menu (new child and sibling, cut,
     * copy, paste, delete, and what other plug-ins contribute to the editor's menu).
     *
     * @param viewer the viewer, the page's selection source
     */
    public void hookContextMenu(StructuredViewer viewer) {
        editor().hookContextMenu(viewer.getControl());
    }
}
