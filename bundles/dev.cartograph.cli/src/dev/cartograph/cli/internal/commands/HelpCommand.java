// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.List;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.Commands;
import dev.cartograph.cli.internal.Help;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.output.Texts;

/** {@code help [COMMAND]}: the list of commands, or one command's usage and options. */
public final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of();
    }

    @Override
    public int minArguments() {
        return 0;
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public int run(Invocation invocation) throws UsageException {
        if (invocation.arguments().isEmpty()) {
            invocation.environment().out().print(Help.overview(invocation.locale(), Commands.all()));
            return ExitCodes.OK;
        }
        String name = invocation.arguments().get(0);
        Command command = Commands.find(name).orElseThrow(() -> Commands.closest(name)
                .map(meant -> new UsageException(invocation.text("Usage_unknownCommandNameMeant", //$NON-NLS-1$
                        Texts.oneLine(name), meant.name())))
                .orElseGet(() -> new UsageException(invocation.text("Usage_unknownCommandName", Texts.oneLine(name))))); //$NON-NLS-1$
        invocation.environment().out().print(Help.of(invocation.locale(), command));
        return ExitCodes.OK;
    }
}
