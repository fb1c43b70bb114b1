// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.IValueChangeListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ImageHyperlink;

import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;
import dev.cartograph.ui.viewers.Labels;
import dev.cartograph.ui.viewers.ReferenceSelectionDialog;

/**
 * A single-valued reference in a form: a link to the target (which shows it in the editor) and
 * a button that chooses another target, or none, in a selection dialog.
 */
public final class ReferenceField {

    private final FieldFactory fields;
    private final EReference reference;
    private final Composite composite;
    private final ImageHyperlink link;
    private final Button choose;
    private final IObservableValue<Object> model;
    private final ItemProviderLabelProvider labels;

    ReferenceField(FieldFactory fields, Composite parent, EReference reference) {
        this.fields = fields;
        this.reference = reference;
        composite = fields.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(composite);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
        link = fields.toolkit().createImageHyperlink(composite, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(link);
        choose = fields.toolkit().createButton(composite, Messages.Fields_choose, SWT.PUSH);
        labels = new ItemProviderLabelProvider(fields.editor().getAdapterFactory());
        composite.addDisposeListener(e -> labels.dispose());
        model = fields.own(fields.model(reference));
        IValueChangeListener<Object> update = event -> refresh();
        model.addValueChangeListener(update);
        fields.master().addValueChangeListener(event -> refresh());
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                if (model.getValue() != null) {
                    fields.editor().showElements(List.of(model.getValue()));
                }
            }
        });
        choose.addListener(SWT.Selection, event -> choose());
        refresh();
    }

    private void refresh() {
        if (link.isDisposed()) {
            return;
        }
        Object target = model.getValue();
        link.setText(target == null ? Messages.Fields_none : labels.getText(target));
        link.setImage(target == null ? null : labels.getImage(target));
        link.setEnabled(target != null);
        choose.setEnabled(fields.hasElement());
        composite.layout();
    }

    private void choose() {
        if (!(fields.master().getValue() instanceof EObject owner)) {
            return;
        }
        IItemPropertyDescriptor descriptor = Labels.descriptor(fields.editor().getAdapterFactory(), owner, reference);
        Collection<?> offered = descriptor == null ? null : descriptor.getChoiceOfValues(owner);
        List<Object> candidates = new ArrayList<>();
        candidates.add(null);
        if (offered != null) {
            offered.stream().filter(o -> o != null).forEach(candidates::add);
        }
        String name = Labels.feature(fields.editor().getAdapterFactory(), owner, reference);
        ReferenceSelectionDialog dialog = new ReferenceSelectionDialog(link.getShell(), name,
                Messages.bind(Messages.ReferenceCellEditor_message, name, labels.getText(owner)), labels, candidates, false);
        dialog.setInitialSelection(model.getValue() == null ? List.of() : List.of(model.getValue()));
        if (dialog.open() == Window.OK) {
            Object chosen = dialog.getResult().get(0);
            fields.editor().getEditingDomain().getCommandStack()
                    .execute(SetCommand.create(fields.editor().getEditingDomain(), owner, reference, chosen));
        }
    }

    /** @return the field's control */
    public Control getControl() {
        return composite;
    }

    /** @return the link to the target, for tests */
    public ImageHyperlink getLink() {
        return link;
    }
}
