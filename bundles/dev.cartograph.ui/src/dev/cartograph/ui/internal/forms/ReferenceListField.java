// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;
import dev.cartograph.ui.viewers.Labels;
import dev.cartograph.ui.viewers.ReferenceSelectionDialog;

/**
 * A multi-valued reference in a form (a use case's anchors, a step's successors): the list of
 * targets, each with the element it belongs to, and buttons to add targets (chosen in a
 * selection dialog) and remove the selected ones. Double-clicking a target shows it.
 */
public final class ReferenceListField {

    private final FieldFactory fields;
    private final EReference reference;
    private final Composite composite;
    private final TableViewer viewer;
    private final Button add;
    private final Button remove;

    @SuppressWarnings({ "unchecked", "rawtypes" })
    ReferenceListField(FieldFactory fields, Composite parent, EReference reference, int rows) {
        this.fields = fields;
        this.reference = reference;
        composite = fields.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(composite);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
        fields.toolkit().paintBordersFor(composite);
        viewer = new TableViewer(fields.toolkit().createTable(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL));
        WheelGuard.passOnAtEnd(viewer.getTable());
        GridDataFactory.fillDefaults().grab(true, false).hint(120, viewer.getTable().getItemHeight() * rows).span(1, 3)
                .applyTo(viewer.getControl());
        ItemProviderLabelProvider labels = new ItemProviderLabelProvider(fields.editor().getAdapterFactory());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String text = labels.getText(element);
                if (element instanceof EObject target && target.eContainer() != null
                        && target.eContainer().eContainer() != null) {
                    return Messages.bind(Messages.Fields_targetIn, text, labels.getText(target.eContainer()));
                }
                return text;
            }

            @Override
            public Image getImage(Object element) {
                return labels.getImage(element);
            }

            @Override
            public void dispose() {
                labels.dispose();
                super.dispose();
            }
        });
        viewer.setContentProvider(new ObservableListContentProvider<>());
        IObservableList<Object> list = fields.own((IObservableList) EMFEditProperties
                .list(fields.editor().getEditingDomain(), reference).observeDetail((org.eclipse.core.databinding.observable.value.IObservableValue) fields.master()));
        viewer.setInput(list);
        ViewerRefresher.install(viewer, fields.editor().getAdapterFactory());
        add = fields.toolkit().createButton(composite, Messages.Fields_add, SWT.PUSH);
        remove = fields.toolkit().createButton(composite, Messages.Fields_remove, SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
        add.addListener(SWT.Selection, event -> add());
        remove.addListener(SWT.Selection, event -> remove());
        viewer.addSelectionChangedListener(event -> updateButtons());
        viewer.addDoubleClickListener(event -> fields.editor().showElements(viewer.getStructuredSelection().toList()));
        fields.master().addValueChangeListener(event -> updateButtons());
        updateButtons();
    }

    private void updateButtons() {
        if (composite.isDisposed()) {
            return;
        }
        add.setEnabled(fields.hasElement());
        remove.setEnabled(fields.hasElement() && !viewer.getSelection().isEmpty());
    }

    private EObject owner() {
        return fields.master().getValue() instanceof EObject owner ? owner : null;
    }

    /** @return the possible new targets: those the item provider offers, or every element of the right type */
    private List<Object> candidates(EObject owner) {
        IItemPropertyDescriptor descriptor = Labels.descriptor(fields.editor().getAdapterFactory(), owner, reference);
        Collection<?> offered = descriptor == null ? null : descriptor.getChoiceOfValues(owner);
        List<Object> candidates = new ArrayList<>();
        if (offered != null) {
            offered.stream().filter(o -> o != null).forEach(candidates::add);
        } else if (owner.eResource() != null) {
            EcoreUtil.getAllContents(owner.eResource(), true).forEachRemaining(o -> {
                if (reference.getEReferenceType().isInstance(o)) {
                    candidates.add(o);
                }
            });
        }
        candidates.removeAll((Collection<?>) owner.eGet(reference));
        candidates.remove(owner);
        return candidates;
    }

    private void add() {
        EObject owner = owner();
        if (owner == null) {
            return;
        }
        ItemProviderLabelProvider labels = new ItemProviderLabelProvider(fields.editor().getAdapterFactory());
        try {
            String name = Labels.feature(fields.editor().getAdapterFactory(), owner, reference);
            ReferenceSelectionDialog dialog = new ReferenceSelectionDialog(composite.getShell(), name,
                    Messages.bind(Messages.Fields_addMessage, name, labels.getText(owner)), labels, candidates(owner), true);
            if (dialog.open() == Window.OK && !dialog.getResult().isEmpty()) {
                addTargets(owner, dialog.getResult());
            }
        } finally {
            labels.dispose();
        }
    }

    /**
     * Adds targets to the reference of the element edited (what the Add button does once the
     * user has chosen them).
     *
     * @param owner the element edited
     * @param targets the targets to add
     */
    void addTargets(EObject owner, Collection<?> targets) {
        EditingDomain domain = fields.editor().getEditingDomain();
        domain.getCommandStack().execute(AddCommand.create(domain, owner, reference, targets));
    }

    private void remove() {
        EObject owner = owner();
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (owner == null || selection.isEmpty()) {
            return;
        }
        EditingDomain domain = fields.editor().getEditingDomain();
        domain.getCommandStack().execute(RemoveCommand.create(domain, owner, reference, selection.toList()));
    }

    /** @return the field's control */
    public Control getControl() {
        return composite;
    }

    /** @return the list of targets */
    public TableViewer getViewer() {
        return viewer;
    }
}
