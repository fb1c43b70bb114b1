// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dev.cartograph.compare.report.PortfolioComparison;
import dev.cartograph.model.Portfolio;
import dev.cartograph.ui.editor.IElementRevealer;

/**
 * The semantic diff of two versions of a portfolio as a tree: what it does to the decision, the validation findings
 * introduced or fixed, then the changes grouped by journey, workflow and use case, element by element, each feature
 * with its old and new value. A double-click on a row shows its element in the editor of the newer version when one
 * is open.
 */
public final class DiffView extends ViewPart {

    /** The view's id. */
    public static final String ID = "dev.cartograph.compare.ui.diffView"; //$NON-NLS-1$

    private Label title;
    private TreeViewer viewer;
    private IFile revealIn;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.WRAP);
        title.setText(Messages.DiffView_empty);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.DiffView_change, 360, DiffTree.Node::label);
        column(Messages.DiffView_before, 220, DiffTree.Node::before);
        column(Messages.DiffView_after, 220, DiffTree.Node::after);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                return ((DiffTree.Node) element).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((DiffTree.Node) element).children().isEmpty();
            }
        });
        viewer.addDoubleClickListener(event -> reveal((IStructuredSelection) event.getSelection()));
        viewer.setInput(List.of());
    }

    private void column(String header, int width, java.util.function.Function<DiffTree.Node, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DiffTree.Node) element);
            }
        });
    }

    /**
     * Shows a comparison.
     *
     * @param heading what is compared with what
     * @param comparison the comparison
     * @param newer the file of the newer version, whose editor a double-click reveals elements in; {@code null} if
     *            none
     */
    public void show(String heading, PortfolioComparison comparison, IFile newer) {
        revealIn = newer;
        title.setText(heading);
        title.getParent().layout();
        viewer.setInput(DiffTree.of(comparison, java.util.Locale.getDefault()));
        viewer.expandToLevel(2);
    }

    /** @return the tree, for tests */
    TreeViewer viewer() {
        return viewer;
    }

    private void reveal(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof DiffTree.Node node) || node.elementId() == null
                || revealIn == null) {
            return;
        }
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            try {
                if (reference.getEditorInput() instanceof IFileEditorInput input && revealIn.equals(input.getFile())) {
                    IEditorPart editor = reference.getEditor(true);
                    Portfolio portfolio = Adapters.adapt(editor, Portfolio.class);
                    IElementRevealer revealer = Adapters.adapt(editor, IElementRevealer.class);
                    Resource resource = portfolio == null ? null : portfolio.eResource();
                    EObject element = resource == null ? null : resource.getEObject(node.elementId());
                    if (element != null && revealer != null) {
                        getSite().getPage().activate(editor);
                        revealer.showElements(List.of(element));
                    }
                    return;
                }
            } catch (PartInitException e) {
                return;
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
