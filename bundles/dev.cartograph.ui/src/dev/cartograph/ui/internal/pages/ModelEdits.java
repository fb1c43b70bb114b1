// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * The edits the pages' buttons make (add an element after the selected one, delete, move up or
 * down), each as one command on the editor's stack.
 */
final class ModelEdits {

    private final PortfolioEditor editor;

    ModelEdits(PortfolioEditor editor) {
        this.editor = editor;
    }

    /**
     * @param selection a selection
     * @param type a kind of element
     * @return the selected element of that kind, or the nearest container of that kind of the
     *         selected element, or {@code null}
     */
    static EObject selected(IStructuredSelection selection, EClass type) {
        for (Object element = selection.getFirstElement(); element instanceof EObject eObject; element = eObject.eContainer()) {
            if (type.isInstance(eObject)) {
                return eObject;
            }
        }
        return null;
    }

    /**
     * Adds a new element to a containment, after the selected sibling if there is one, and
     * selects it.
     *
     * @param owner the container
     * @param feature its containment
     * @param viewer the viewer to select the new element in
     * @return the new element
     */
    EObject add(EObject owner, EReference feature, StructuredViewer viewer) {
        return add(owner, feature, viewer, null);
    }

    /**
     * Adds a new element to a containment, after the selected sibling if there is one, links it
     * to that sibling in the same undoable command, and selects it.
     *
     * @param owner the container
     * @param feature its containment
     * @param viewer the viewer to select the new element in
     * @param link given the editing domain, the selected sibling and the new element, the
     *        command that links them; {@code null} (or no sibling selected) for none
     * @return the new element
     */
    EObject add(EObject owner, EReference feature, StructuredViewer viewer, Link link) {
        EObject element = EcoreUtil.create(feature.getEReferenceType());
        List<?> siblings = (List<?>) owner.eGet(feature);
        EObject after = selected(viewer.getStructuredSelection(), feature.getEReferenceType());
        int index = after != null && siblings.contains(after) ? siblings.indexOf(after) + 1 : CommandParameter.NO_INDEX;
        EditingDomain domain = editor.getEditingDomain();
        Command add = index == CommandParameter.NO_INDEX ? AddCommand.create(domain, owner, feature, element)
                : AddCommand.create(domain, owner, feature, element, index);
        if (link != null && index != CommandParameter.NO_INDEX) {
            CompoundCommand linked = new CompoundCommand(add.getLabel());
            linked.append(add);
            linked.append(link.command(domain, after, element));
            add = linked;
        }
        domain.getCommandStack().execute(add);
        viewer.setSelection(new StructuredSelection(element), true);
        editor.focusDetails();
        return element;
    }

    /** Links a new element to the sibling it was added after. */
    @FunctionalInterface
    interface Link {
        /**
         * @param domain the editing domain
         * @param after the sibling selected when the element was added
         * @param added the new element
         * @return the command that links them
         */
        Command command(EditingDomain domain, EObject after, EObject added);
    }

    /**
     * Deletes the selected elements with the references to them.
     *
     * @param viewer the viewer whose selection is deleted
     */
    void delete(StructuredViewer viewer) {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (!selected.isEmpty()) {
            Command delete = DeleteCommand.create(editor.getEditingDomain(), selected);
            if (delete.canExecute()) {
                editor.getEditingDomain().getCommandStack().execute(delete);
            }
        }
    }

    /**
     * Moves the selected element up or down among its siblings.
     *
     * @param viewer the viewer whose selection is moved
     * @param delta -1 (up) or 1 (down)
     */
    void move(StructuredViewer viewer, int delta) {
        if (!(viewer.getStructuredSelection().getFirstElement() instanceof EObject element)
                || element.eContainer() == null || !element.eContainmentFeature().isMany()) {
            return;
        }
        List<?> siblings = (List<?>) element.eContainer().eGet(element.eContainmentFeature());
        int index = siblings.indexOf(element) + delta;
        if (index >= 0 && index < siblings.size()) {
            EditingDomain domain = editor.getEditingDomain();
            domain.getCommandStack().execute(
                    MoveCommand.create(domain, element.eContainer(), element.eContainmentFeature(), element, index));
            viewer.setSelection(new StructuredSelection(element), true);
        }
    }
}
