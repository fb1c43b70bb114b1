// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.compare.Conflict;

/**
 * Resolves one conflict of a merged portfolio, undoably: takes our side (what the merged file holds; for a deletion
 * of ours, the deletion) or their side (their value, their location, or their deletion), and takes the conflict off
 * the pending ones. Undo puts both back.
 */
final class ResolveConflictCommand extends AbstractCommand {

    private final Command change;
    private final PendingConflicts pending;
    private final Conflict conflict;
    private final EObject element;
    private int index = -1;

    private ResolveConflictCommand(String label, Command change, PendingConflicts pending, Conflict conflict,
            EObject element) {
        super(label);
        this.change = change;
        this.pending = pending;
        this.conflict = conflict;
        this.element = element;
    }

    /**
     * @param domain the portfolio's editing domain
     * @param resource the portfolio's resource
     * @param pending the pending conflicts
     * @param conflict one of them
     * @param theirs whether to take their side (else ours)
     * @return the command, or {@code null} if that side cannot be applied (its value names an element the merged
     *         portfolio does not have)
     */
    static ResolveConflictCommand create(EditingDomain domain, Resource resource, PendingConflicts pending,
            Conflict conflict, boolean theirs) {
        EObject element = resource.getEObject(conflict.elementId());
        String label = theirs ? Messages.ConflictsView_commandTheirs : Messages.ConflictsView_commandOurs;
        if (element == null) {
            return null;
        }
        Command change;
        switch (conflict.kind()) {
        case DELETED_BY_US -> change = theirs ? null : DeleteCommand.create(domain, element);
        case DELETED_BY_THEM -> change = theirs ? DeleteCommand.create(domain, element) : null;
        case BOTH_MOVED -> change = theirs ? move(domain, resource, element, (String) conflict.theirs()) : null;
        default -> change = theirs ? set(domain, resource, element, conflict) : null;
        }
        // Keeping what the merged file holds changes nothing in the model; any other side needs its change.
        boolean keeps = theirs ? conflict.kind() == Conflict.Kind.DELETED_BY_US
                : conflict.kind() != Conflict.Kind.DELETED_BY_US;
        if (!keeps && change == null) {
            return null;
        }
        return new ResolveConflictCommand(label, change, pending, conflict, element);
    }

    private static Command move(EditingDomain domain, Resource resource, EObject element, String location) {
        int hash = location == null ? -1 : location.indexOf('#');
        EObject container = hash < 0 ? null : resource.getEObject(location.substring(0, hash));
        EStructuralFeature feature = container == null ? null
                : container.eClass().getEStructuralFeature(location.substring(hash + 1));
        if (feature == null) {
            return null;
        }
        return feature.isMany() ? AddCommand.create(domain, container, feature, element)
                : SetCommand.create(domain, container, feature, element);
    }

    private static Command set(EditingDomain domain, Resource resource, EObject element, Conflict conflict) {
        EStructuralFeature feature = conflict.feature() == null ? null
                : element.eClass().getEStructuralFeature(conflict.feature());
        if (feature == null) {
            return null;
        }
        Object value = conflict.theirs();
        if (value == null) {
            return SetCommand.create(domain, element, feature, SetCommand.UNSET_VALUE);
        }
        List<Object> values = new ArrayList<>();
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        for (Object item : items) {
            Object converted = convert(resource, feature, (String) item);
            if (converted == null) {
                return null;
            }
            values.add(converted);
        }
        return SetCommand.create(domain, element, feature, feature.isMany() ? values : values.get(0));
    }

    private static Object convert(Resource resource, EStructuralFeature feature, String literal) {
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.createFromString(attribute.getEAttributeType(), literal);
        }
        return feature instanceof EReference ? resource.getEObject(literal) : null;
    }

    @Override
    protected boolean prepare() {
        return change == null || change.canExecute();
    }

    @Override
    public void execute() {
        if (change != null) {
            change.execute();
        }
        index = pending.remove(conflict);
    }

    @Override
    public void undo() {
        if (change != null) {
            change.undo();
        }
        pending.restore(index, conflict);
    }

    @Override
    public void redo() {
        if (change != null) {
            change.redo();
        }
        pending.remove(conflict);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return change != null ? change.getAffectedObjects() : List.of(element);
    }

    @Override
    public void dispose() {
        if (change != null) {
            change.dispose();
        }
    }
}
