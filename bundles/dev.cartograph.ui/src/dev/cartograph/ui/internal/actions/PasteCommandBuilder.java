// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.Labels;

/**
 * Builds the command that pastes the clipboard into a portfolio, as one undoable step: fresh
 * copies of the clipboard's elements are added under the chosen owner, and each reference to an
 * element outside the copy is restored to the same element (when pasting into the portfolio it
 * was copied from), to the element at the same place with the same names (another portfolio),
 * or dropped, and reported.
 */
public final class PasteCommandBuilder {

    /** The command, the pasted elements and the references that could not be kept. */
    public record Paste(Command command, List<EObject> pasted, List<String> dropped) {
    }

    private final EditingDomain domain;
    private final AdapterFactory adapterFactory;

    /**
     * @param domain the editing domain of the target portfolio
     * @param adapterFactory item providers, for the labels in the report of dropped references
     */
    public PasteCommandBuilder(EditingDomain domain, AdapterFactory adapterFactory) {
        this.domain = domain;
        this.adapterFactory = adapterFactory;
    }

    /**
     * @param clipboard the clipboard
     * @param selected the element selected where the user would paste
     * @return whether the clipboard's elements fit in or next to it
     */
    public static boolean canPaste(ModelClipboard clipboard, EObject selected) {
        return selected != null && !clipboard.isEmpty() && PasteTarget.find(selected, clipboard.contents()) != null;
    }

    /**
     * @param clipboard the clipboard
     * @param selected the element selected where the user pastes (the new elements go into it,
     *        or next to it)
     * @return the paste; its command is unexecutable when nothing fits there
     */
    public Paste build(ModelClipboard clipboard, EObject selected) {
        List<EObject> contents = clipboard.contents();
        if (contents.isEmpty() || selected == null) {
            return new Paste(UnexecutableCommand.INSTANCE, List.of(), List.of());
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<EObject> copies = new ArrayList<>(copier.copyAll(contents));
        copier.copyReferences();
        PasteTarget target = PasteTarget.find(selected, copies);
        if (target == null) {
            return new Paste(UnexecutableCommand.INSTANCE, List.of(), List.of());
        }
        CompoundCommand command = new CompoundCommand(Messages.PasteCommand_label);
        command.append(target.command(domain, copies));
        List<String> dropped = new ArrayList<>();
        Resource resource = target.owner().eResource();
        EObject root = EcoreUtil.getRootContainer(target.owner());
        for (ModelClipboard.ExternalReference reference : clipboard.externalReferences()) {
            EObject holder = copier.get(reference.holder());
            EObject resolved = resolve(reference, resource, root);
            if (resolved == null) {
                dropped.add(Messages.bind(Messages.PasteCommand_dropped, new Object[] { Labels.text(adapterFactory, holder),
                        Labels.feature(adapterFactory, holder, reference.reference()),
                        Labels.text(adapterFactory, reference.target()) }));
            } else if (reference.reference().isMany()) {
                command.append(AddCommand.create(domain, holder, reference.reference(), resolved));
            } else {
                command.append(SetCommand.create(domain, holder, reference.reference(), resolved));
            }
        }
        return new Paste(command.unwrap(), copies, dropped);
    }

    private static EObject resolve(ModelClipboard.ExternalReference reference, Resource resource, EObject root) {
        EObject target = reference.target();
        if (resource != null && target.eResource() == resource) {
            return target;
        }
        EObject same = reference.targetPath().resolveIn(root);
        EReference feature = reference.reference();
        return same != null && feature.getEReferenceType().isInstance(same) ? same : null;
    }

    /** Where pasted elements go: an owner and one of its containment features. */
    record PasteTarget(EObject owner, EReference feature, int index) {

        static PasteTarget find(EObject selected, Collection<EObject> copies) {
            for (EReference feature : selected.eClass().getEAllContainments()) {
                if (accepts(selected, feature, copies)) {
                    return new PasteTarget(selected, feature, CommandParameter.NO_INDEX);
                }
            }
            for (EObject child = selected; child.eContainer() != null; child = child.eContainer()) {
                EObject owner = child.eContainer();
                EReference feature = child.eContainmentFeature();
                if (accepts(owner, feature, copies)) {
                    int index = feature.isMany() ? ((List<?>) owner.eGet(feature)).indexOf(child) + 1 : 0;
                    return new PasteTarget(owner, feature, index);
                }
            }
            return null;
        }

        private static boolean accepts(EObject owner, EReference feature, Collection<EObject> copies) {
            if (!feature.isChangeable() || !feature.isMany() && (copies.size() != 1 || owner.eIsSet(feature))) {
                return false;
            }
            return copies.stream().allMatch(feature.getEReferenceType()::isInstance);
        }

        Command command(EditingDomain domain, Collection<EObject> copies) {
            if (!feature.isMany()) {
                return SetCommand.create(domain, owner, feature, copies.iterator().next());
            }
            return index == CommandParameter.NO_INDEX ? AddCommand.create(domain, owner, feature, copies)
                    : AddCommand.create(domain, owner, feature, copies, index);
        }
    }
}
