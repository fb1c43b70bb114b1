// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.properties;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.IContributedContentsView;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.forms.FieldFactory;

/**
 * A section of the tabbed Properties view that shows form fields for the selected element,
 * built with the same {@link FieldFactory} as the editor's pages (same fields, same conversion,
 * same commands). The fields are built once per kind of element and re-bound to each selected
 * element.
 */
public abstract class ModelPropertySection extends AbstractPropertySection {

    private Composite composite;
    private PortfolioEditor editor;
    private EClass builtFor;
    private DataBindingContext context;
    private WritableValue<EObject> master;
    private FieldFactory fields;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        composite = getWidgetFactory().createComposite(parent);
        GridLayoutFactory.swtDefaults().applyTo(composite);
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        PortfolioEditor newEditor = editorOf(part);
        if (!(first instanceof EObject element) || newEditor == null) {
            return;
        }
        EObject edited = edited(element);
        if (edited == null) {
            return;
        }
        if (newEditor != editor || edited.eClass() != builtFor) {
            rebuild(newEditor, edited);
        }
        master.setValue(edited);
    }

    private void rebuild(PortfolioEditor newEditor, EObject element) {
        disposeFields();
        for (Control child : composite.getChildren()) {
            child.dispose();
        }
        editor = newEditor;
        builtFor = element.eClass();
        context = new DataBindingContext();
        master = new WritableValue<>(null, EObject.class);
        fields = new FieldFactory(editor, getWidgetFactory(), context, master);
        build(fields, composite, element);
        composite.layout(true, true);
    }

    /**
     * @param part the part whose selection is shown
     * @return the portfolio editor it is, or whose outline it is
     */
    static PortfolioEditor editorOf(IWorkbenchPart part) {
        if (part instanceof PortfolioEditor editor) {
            return editor;
        }
        IContributedContentsView view = Adapters.adapt(part, IContributedContentsView.class);
        return view != null && view.getContributingPart() instanceof PortfolioEditor editor ? editor : null;
    }

    /**
     * @param selected the selected element
     * @return the element this section edits for it (itself, or for example its use case), or
     *         {@code null} when the section has nothing to show for it
     */
    protected EObject edited(EObject selected) {
        return selected;
    }

    /**
     * Creates the section's fields.
     *
     * @param fields the factory, bound to the edited element
     * @param parent a one-column composite
     * @param element the first element shown (its kind is the kind of every element shown
     *        with these fields)
     */
    protected abstract void build(FieldFactory fields, Composite parent, EObject element);

    /** @return the fields shown, for tests */
    public FieldFactory fields() {
        return fields;
    }

    private void disposeFields() {
        if (context != null) {
            context.dispose();
        }
        if (fields != null) {
            fields.dispose();
        }
        if (master != null) {
            master.dispose();
        }
    }

    @Override
    public void dispose() {
        disposeFields();
        super.dispose();
    }
}
