// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.forms;

import java.util.function.BiConsumer;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.IManagedForm;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * The details of the element selected in a master list: fields bound to the element, built
 * once per kind of element by a builder, and re-bound to each element the user selects.
 */
public final class ElementDetailsPage implements IDetailsPage {

    private final PortfolioEditor editor;
    private final BiConsumer<FieldFactory, Composite> builder;
    private IManagedForm managedForm;
    private DataBindingContext context;
    private WritableValue<EObject> master;
    private FieldFactory fields;

    /**
     * @param editor the editor
     * @param builder creates the page's sections and fields, given the factory and the page's
     *        composite (one column)
     */
    public ElementDetailsPage(PortfolioEditor editor, BiConsumer<FieldFactory, Composite> builder) {
        this.editor = editor;
        this.builder = builder;
    }

    @Override
    public void initialize(IManagedForm form) {
        this.managedForm = form;
    }

    @Override
    public void createContents(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(parent);
        context = new DataBindingContext();
        master = new WritableValue<>(null, EObject.class);
        fields = new FieldFactory(editor, managedForm.getToolkit(), context, master);
        builder.accept(fields, parent);
    }

    @Override
    public void selectionChanged(IFormPart part, ISelection selection) {
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        master.setValue(first instanceof EObject element ? element : null);
    }

    /** @return the fields of the page (for tests and for pages that add behaviour) */
    public FieldFactory fields() {
        return fields;
    }

    /** @return the element shown */
    public EObject element() {
        return master == null ? null : master.getValue();
    }

    @Override
    public void setFocus() {
        Control name = fields == null ? null : fields.control(CartographPackage.Literals.NAMED_ELEMENT__NAME);
        if (name != null && !name.isDisposed()) {
            name.setFocus();
        }
    }

    @Override
    public void dispose() {
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
    public void commit(boolean onSave) {
        // Every change is committed as a command when it is made.
    }

    @Override
    public boolean setFormInput(Object input) {
        return false;
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isStale() {
        return false;
    }

    @Override
    public void refresh() {
        // Bindings follow the model.
    }
}
