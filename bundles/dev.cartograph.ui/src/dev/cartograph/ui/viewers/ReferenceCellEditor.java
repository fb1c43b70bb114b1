// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.cartograph.ui.internal.Messages;

/**
 * Edits a reference in a cell: shows the current target(s) and opens a
 * {@link ReferenceSelectionDialog} with the possible targets the item provider offers. The value
 * is the target (single reference) or the list of targets (multi-valued reference).
 */
public class ReferenceCellEditor extends DialogCellEditor {

    private final Object owner;
    private final IItemPropertyDescriptor descriptor;
    private final EReference reference;
    private final ILabelProvider labels;

    /**
     * @param parent the hosting control
     * @param owner the object whose reference is edited
     * @param descriptor the reference's item descriptor
     * @param reference the reference
     * @param labels the labels of the targets
     */
    public ReferenceCellEditor(Composite parent, Object owner, IItemPropertyDescriptor descriptor, EReference reference,
            ILabelProvider labels) {
        super(parent);
        this.owner = owner;
        this.descriptor = descriptor;
        this.reference = reference;
        this.labels = labels;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        Collection<?> choices = descriptor.getChoiceOfValues(owner);
        List<Object> candidates = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
        if (!reference.isMany() && !candidates.contains(null)) {
            candidates.add(0, null);
        }
        ReferenceSelectionDialog dialog = new ReferenceSelectionDialog(cellEditorWindow.getShell(),
                descriptor.getDisplayName(owner),
                Messages.bind(Messages.ReferenceCellEditor_message, descriptor.getDisplayName(owner), labels.getText(owner)),
                labels, candidates, reference.isMany());
        dialog.setInitialSelection(current());
        if (dialog.open() != Window.OK) {
            return null;
        }
        List<Object> result = dialog.getResult();
        if (reference.isMany()) {
            return result;
        }
        // null would mean "cancelled" to the cell editor: "none" is an unset.
        return result.get(0) == null ? SetCommand.UNSET_VALUE : result.get(0);
    }

    private List<Object> current() {
        Object value = getValue();
        List<Object> current = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            current.addAll(collection);
        } else if (value != null && value != SetCommand.UNSET_VALUE) {
            current.add(value);
        }
        return current;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() == null) {
            return;
        }
        String text;
        if (value instanceof Collection<?> collection) {
            text = collection.stream().map(labels::getText).collect(Collectors.joining(", ")); //$NON-NLS-1$
        } else {
            text = value == null || value == SetCommand.UNSET_VALUE ? "" : labels.getText(value); //$NON-NLS-1$
        }
        getDefaultLabel().setText(text);
    }
}
