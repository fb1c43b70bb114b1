// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.maps.PaletteTool;
import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.ui.viewers.Labels;

/**
 * The edits made on a map, each one EMF command for the editor's command stack (one undo each):
 * what a palette tool creates, a link drawn from one element to another, a use case anchored by
 * a drop, an element moved among its siblings (which changes the model order), a rename, a
 * delete with the references to what is deleted (the same command as the editor's). No SWT: the
 * map page turns gestures into these calls.
 */
public final class MapEdits {

    /** The references of a use case that anchor it on a step, a stage or a friction. */
    private static final List<EReference> ANCHORS = List.of(Literals.USE_CASE__STEPS, Literals.USE_CASE__STAGES,
            Literals.USE_CASE__FRICTIONS);

    private final EditingDomain domain;

    /** A command that creates an element, and the element it creates. */
    public record Creation(Command command, EObject created) {
    }

    /** @param domain the editor's editing domain */
    public MapEdits(EditingDomain domain) {
        this.domain = Objects.requireNonNull(domain);
    }

    /**
     * @param tool a tool of the map's palette
     * @param selection the model elements selected on the map
     * @param subject what the map is drawn for (a journey, a workflow, the portfolio)
     * @return the element the tool applies to: the first selected element of the tool's target
     *         class, or the nearest container of that class of a selected element, or the map's
     *         subject or one of its containers; {@code null} if none
     */
    public static EObject targetFor(PaletteTool tool, Collection<?> selection, EObject subject) {
        for (Object selected : selection) {
            EObject target = nearest(tool.target(), selected);
            if (target != null) {
                return target;
            }
        }
        return subject == null ? null : nearest(tool.target(), subject);
    }

    private static EObject nearest(EClass type, Object element) {
        for (Object current = element; current instanceof EObject object; current = object.eContainer()) {
            if (type.isInstance(object)) {
                return object;
            }
        }
        return null;
    }

    /**
     * Creates what an element tool creates on its target: a new element in the target's
     * containment (a friction in a stage), or a new element contained where the portfolio keeps
     * its kind and linked to the target (a use case in the portfolio's use cases, anchored on the
     * stage). The new element has a name: its kind and a number ("Friction 4").
     *
     * @param tool an element tool
     * @param target an element of the tool's target class
     * @return the command and the element, or {@code null} if the tool cannot be used there
     */
    public Creation create(PaletteTool tool, EObject target) {
        if (tool.kind() != PaletteTool.Kind.ELEMENT || target == null || !tool.target().isInstance(target)) {
            return null;
        }
        EObject created = EcoreUtil.create(tool.creates());
        EReference feature = tool.feature();
        Command command;
        if (feature.isContainment()) {
            name(created, count(target, feature) + 1);
            command = AddCommand.create(domain, target, feature, created);
        } else {
            Portfolio portfolio = portfolioOf(target);
            EReference home = portfolio == null ? null : containmentFor(portfolio.eClass(), tool.creates());
            if (home == null) {
                return null;
            }
            name(created, count(portfolio, home) + 1);
            CompoundCommand both = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
            both.append(AddCommand.create(domain, portfolio, home, created));
            // The link is set from the new element's side when that is the side saved in the file.
            EReference opposite = feature.getEOpposite();
            both.append(opposite != null && !opposite.isTransient() ? AddCommand.create(domain, created, opposite, target)
                    : AddCommand.create(domain, target, feature, created));
            command = both;
        }
        return command.canExecute() ? new Creation(command, created) : null;
    }

    private static int count(EObject owner, EReference feature) {
        return feature.isMany() ? ((List<?>) owner.eGet(feature)).size() : 0;
    }

    private static void name(EObject created, int number) {
        if (created instanceof NamedElement named) {
            named.setName(Labels.type(created.eClass()) + ' ' + number);
        }
    }

    private static Portfolio portfolioOf(EObject element) {
        return EcoreUtil.getRootContainer(element) instanceof Portfolio portfolio ? portfolio : null;
    }

    private static EReference containmentFor(EClass owner, EClass type) {
        for (EReference reference : owner.getEAllContainments()) {
            if (reference.isMany() && reference.getEReferenceType().isSuperTypeOf(type)) {
                return reference;
            }
        }
        return null;
    }

    /**
     * Links two elements with a link tool (a successor, a friction addressed).
     *
     * @param tool a link tool
     * @param source an element of the tool's target class
     * @param target an element of the class the tool links to
     * @return the command, or {@code null} if these two cannot be linked (or already are)
     */
    public Command link(PaletteTool tool, EObject source, EObject target) {
        if (tool.kind() != PaletteTool.Kind.LINK || source == null || target == null || source == target
                || !tool.target().isInstance(source) || !tool.creates().isInstance(target)) {
            return null;
        }
        return add(source, tool.feature(), target);
    }

    private Command add(EObject owner, EReference feature, EObject value) {
        if (!feature.isMany() || !feature.getEReferenceType().isInstance(value)
                || ((List<?>) owner.eGet(feature)).contains(value)) {
            return null;
        }
        Command command = AddCommand.create(domain, owner, feature, value);
        return command.canExecute() ? command : null;
    }

    /**
     * What a drop of one element on another does: a use case dropped on a step, stage or
     * friction is anchored there; a step dropped on another step of its workflow gets it as a
     * successor.
     *
     * @param dragged the model element dragged
     * @param target the model element it was dropped on
     * @return the command, or {@code null} if the drop does nothing there
     */
    public Command drop(Object dragged, Object target) {
        if (!(dragged instanceof EObject source) || !(target instanceof EObject onto) || source == onto) {
            return null;
        }
        if (source instanceof UseCase) {
            for (EReference anchor : ANCHORS) {
                if (anchor.getEReferenceType().isInstance(onto)) {
                    return add(source, anchor, onto);
                }
            }
            return null;
        }
        if (source instanceof WorkflowStep step && onto instanceof WorkflowStep next && step.getWorkflow() == next.getWorkflow()) {
            return add(step, Literals.WORKFLOW_STEP__SUCCESSORS, next);
        }
        return null;
    }

    /**
     * Moves an element among the siblings shown with it, which changes its place in its
     * container's list (stages along the journey, steps of a workflow).
     *
     * @param element the element moved
     * @param index its new index among {@code shown}
     * @param shown the element and its siblings as the map shows them, before the move
     * @return the command, or {@code null} if the element stays where it is
     */
    public Command reorder(EObject element, int index, List<?> shown) {
        if (element == null || element.eContainer() == null || !element.eContainmentFeature().isMany()) {
            return null;
        }
        List<?> model = (List<?>) element.eContainer().eGet(element.eContainmentFeature());
        List<Object> others = new ArrayList<>(shown);
        others.remove(element);
        List<Object> rest = new ArrayList<>(model);
        rest.remove(element);
        int target;
        if (index < others.size() && rest.contains(others.get(Math.max(index, 0)))) {
            target = rest.indexOf(others.get(Math.max(index, 0)));
        } else if (!others.isEmpty() && rest.contains(others.get(others.size() - 1))) {
            target = rest.indexOf(others.get(others.size() - 1)) + 1;
        } else {
            return null;
        }
        if (target == model.indexOf(element)) {
            return null;
        }
        Command command = MoveCommand.create(domain, element.eContainer(), element.eContainmentFeature(), element, target);
        return command.canExecute() ? command : null;
    }

    /**
     * @param element a model element
     * @param name the name typed
     * @return the command that renames it, or {@code null} if it has no name, or the name is
     *         blank or unchanged
     */
    public Command rename(Object element, String name) {
        if (!(element instanceof NamedElement named) || name == null || name.isBlank()
                || name.strip().equals(named.getName())) {
            return null;
        }
        return SetCommand.create(domain, named, Literals.NAMED_ELEMENT__NAME, name.strip());
    }

    /**
     * @param elements model elements
     * @return the command that deletes them and every reference to them (as the editor's Delete
     *         does), or {@code null} if there is nothing to delete
     */
    public Command delete(Collection<?> elements) {
        List<EObject> deleted = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof EObject object && object.eContainer() != null && !deleted.contains(object)) {
                deleted.add(object);
            }
        }
        if (deleted.isEmpty()) {
            return null;
        }
        Command command = DeleteCommand.create(domain, deleted);
        return command.canExecute() ? command : null;
    }
}
