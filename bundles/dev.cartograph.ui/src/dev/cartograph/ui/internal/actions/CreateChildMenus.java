// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.actions;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;

import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;

/**
 * The "New Child" and "New Sibling" sub-menus of a selected element, from the children its item
 * provider (or its parent's) can create. Each entry runs a create-child command on the editor's
 * command stack and selects the new element.
 */
final class CreateChildMenus {

    private CreateChildMenus() {
    }

    static void fill(IMenuManager menu, PortfolioEditor editor, EObject selected) {
        EditingDomain domain = editor.getEditingDomain();
        MenuManager children = new MenuManager(Messages.EditActions_newChild);
        for (Object descriptor : domain.getNewChildDescriptors(selected, null)) {
            children.add(new CreateAction(editor, CreateChildCommand.create(domain, selected, descriptor, List.of(selected))));
        }
        MenuManager siblings = new MenuManager(Messages.EditActions_newSibling);
        if (selected.eContainer() != null) {
            for (Object descriptor : domain.getNewChildDescriptors(null, selected)) {
                siblings.add(new CreateAction(editor,
                        CreateChildCommand.create(domain, selected.eContainer(), descriptor, List.of(selected))));
            }
        }
        if (!children.isEmpty()) {
            menu.add(children);
        }
        if (!siblings.isEmpty()) {
            menu.add(siblings);
        }
    }

    /** Runs one create-child command. */
    private static final class CreateAction extends Action {
        private final PortfolioEditor editor;
        private final Command command;

        CreateAction(PortfolioEditor editor, Command command) {
            this.editor = editor;
            this.command = command;
            if (command instanceof CommandActionDelegate delegate) {
                setText(delegate.getText());
                setToolTipText(delegate.getToolTipText());
                setImageDescriptor(ItemProviderLabelProvider.toDescriptor(delegate.getImage()));
            }
            setEnabled(command.canExecute());
        }

        @Override
        public void run() {
            editor.getEditingDomain().getCommandStack().execute(command);
            Collection<?> created = command.getResult();
            editor.showElements(created);
        }
    }
}
