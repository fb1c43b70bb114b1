// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.forms.ModelMasterDetails;
import dev.cartograph.ui.viewers.ItemProviderContentProvider;

/**
 * A page whose master is a tree of one kind of root element of the portfolio (journeys, or
 * workflows) with what they contain, in order, beside the details of the selected element.
 */
abstract class ElementTreePage extends PortfolioFormPage {

    private final EReference roots;
    private final List<EClass> shown;
    private ModelMasterDetails block;
    private TreeViewer viewer;
    final ModelEdits edits;

    /**
     * @param roots the portfolio's containment listed at the top of the tree
     * @param shown the kinds of element the tree shows (others are shown in the details)
     */
    ElementTreePage(PortfolioEditor editor, String id, String title, String image, EReference roots, List<EClass> shown) {
        super(editor, id, title, image);
        this.roots = roots;
        this.shown = shown;
        this.edits = new ModelEdits(editor);
    }

    @Override
    protected void createContent(IManagedForm managedForm) {
        block = new ModelMasterDetails(this, masterTitle(), masterDescription(), this::createViewer, this::createButtons,
                Details::of);
        block.createContent(managedForm);
        block.setWeights(42, 58);
    }

    abstract String masterTitle();

    abstract String masterDescription();

    abstract void createButtons(Composite parent, FormToolkit toolkit);

    private StructuredViewer createViewer(Composite parent) {
        viewer = new TreeViewer(getManagedForm().getToolkit().createTree(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL));
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(editor().getAdapterFactory()) {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) editor().getPortfolio().eGet(roots)).toArray();
            }
        });
        viewer.setLabelProvider(ElementLabels.create(editor().getAdapterFactory()));
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                return element instanceof EObject eObject && shown.contains(eObject.eClass());
            }
        });
        viewer.setInput(editor().getPortfolio());
        viewer.expandToLevel(2);
        return viewer;
    }

    /** @return the tree */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** @return the master-details block */
    public ModelMasterDetails getBlock() {
        return block;
    }

    @Override
    public boolean canShow(Object element) {
        return element instanceof EObject eObject && nearestShown(eObject) != null;
    }

    /** @return the element itself if the tree shows it, else its nearest container the tree shows, under this page's roots */
    private EObject nearestShown(EObject element) {
        EObject shownElement = null;
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (shownElement == null && shown.contains(current.eClass())) {
                shownElement = current;
            }
            if (current.eContainmentFeature() == roots) {
                return shownElement;
            }
        }
        return null;
    }

    @Override
    public void show(List<?> elements) {
        List<Object> targets = new ArrayList<>();
        for (Object element : elements) {
            EObject target = element instanceof EObject eObject ? nearestShown(eObject) : null;
            if (target != null && !targets.contains(target)) {
                targets.add(target);
            }
        }
        if (!targets.isEmpty() && viewer != null) {
            block.select(targets);
        }
    }

    @Override
    public void focusDetails() {
        if (block != null && block.getCurrentDetails() != null) {
            block.getCurrentDetails().setFocus();
        }
    }
}
