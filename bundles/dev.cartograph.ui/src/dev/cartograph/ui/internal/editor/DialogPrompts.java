// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import dev.cartograph.ui.internal.Messages;

/** The editor's questions, asked with the workbench's message dialogs. */
public final class DialogPrompts implements EditorPrompts {

    private static final int MAX_LISTED = 12;

    private final Supplier<Shell> shell;

    /** @param shell the shell to open dialogs on */
    public DialogPrompts(Supplier<Shell> shell) {
        this.shell = shell;
    }

    @Override
    public ExternalChange externalChange(String fileName) {
        int choice = MessageDialog.open(MessageDialog.QUESTION, shell.get(), Messages.Prompts_externalChangeTitle,
                Messages.bind(Messages.Prompts_externalChange, fileName), 0, Messages.Prompts_loadTheirs,
                Messages.Prompts_keepMine);
        return choice == 0 ? ExternalChange.LOAD_THEIRS : ExternalChange.KEEP_MINE;
    }

    @Override
    public boolean overwrite(String fileName) {
        int choice = MessageDialog.open(MessageDialog.WARNING, shell.get(), Messages.Prompts_overwriteTitle,
                Messages.bind(Messages.Prompts_overwrite, fileName), 0, Messages.Prompts_overwriteButton,
                Messages.Prompts_cancelSave);
        return choice == 0;
    }

    @Override
    public Deleted deleted(String fileName) {
        int choice = MessageDialog.open(MessageDialog.QUESTION, shell.get(), Messages.Prompts_deletedTitle,
                Messages.bind(Messages.Prompts_deleted, fileName), 0, Messages.Prompts_keepEditor,
                Messages.Prompts_closeEditor);
        return choice == 0 ? Deleted.KEEP : Deleted.CLOSE;
    }

    @Override
    public void pasteDropped(List<String> dropped) {
        StringBuilder list = new StringBuilder();
        dropped.stream().limit(MAX_LISTED).forEach(line -> list.append("\n\u2022 ").append(line)); //$NON-NLS-1$
        if (dropped.size() > MAX_LISTED) {
            list.append('\n').append(Messages.bind(Messages.Prompts_andMore, dropped.size() - MAX_LISTED));
        }
        MessageDialog.openInformation(shell.get(), Messages.Prompts_pasteTitle,
                Messages.bind(Messages.Prompts_pasteDropped, dropped.size(), list));
    }
}
