// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.List;
import java.util.Optional;

import dev.cartograph.cli.CommandEnvironment;
import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.output.Texts;

/**
 * Finds the command named first, parses the rest, runs it and turns every problem into one line
 * on the error stream and an exit code. Never lets an exception or a stack trace out.
 */
public final class Dispatcher {

    private static final String PROGRAM = "cartograph"; //$NON-NLS-1$

    private final CommandEnvironment environment;

    /**
     * @param environment the environment
     */
    public Dispatcher(CommandEnvironment environment) {
        this.environment = environment;
    }

    /**
     * @param args the command's name, then its options and arguments
     * @return the exit code
     */
    public int run(List<String> args) {
        try {
            return dispatch(args);
        } finally {
            environment.out().flush();
            environment.err().flush();
        }
    }

    private int dispatch(List<String> args) {
        if (args.isEmpty()) {
            environment.err().print(Help.overview(environment.locale(), Commands.all()));
            return ExitCodes.ERROR;
        }
        String name = args.get(0);
        if (name.equals("--help") || name.equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
            environment.out().print(Help.overview(environment.locale(), Commands.all()));
            return ExitCodes.OK;
        }
        Optional<Command> command = Commands.find(name);
        if (command.isEmpty()) {
            refuse(name);
            return ExitCodes.ERROR;
        }
        return run(command.get(), args.subList(1, args.size()));
    }

    /** Two lines: what was not understood (and what was probably meant), then where to look. */
    private void refuse(String name) {
        String typed = Texts.oneLine(name);
        Optional<Command> meant = Commands.closest(name);
        environment.err().println(meant.isPresent()
                ? Messages.get(environment.locale(), "Usage_unknownCommandMeant", PROGRAM, typed, meant.get().name()) //$NON-NLS-1$
                : Messages.get(environment.locale(), "Usage_unknownCommand", PROGRAM, typed)); //$NON-NLS-1$
        environment.err().println(Messages.get(environment.locale(), "Usage_seeHelp", PROGRAM)); //$NON-NLS-1$
    }

    private int run(Command command, List<String> args) {
        String prefix = PROGRAM + ' ' + command.name();
        try {
            Optional<Invocation> invocation = ArgumentParser.parse(command, args, environment);
            if (invocation.isEmpty()) {
                environment.out().print(Help.of(environment.locale(), command));
                return ExitCodes.OK;
            }
            return command.run(invocation.get());
        } catch (UsageException e) {
            environment.err().println(Messages.get(environment.locale(), "Usage_error", prefix, //$NON-NLS-1$
                    Texts.oneLine(e.getMessage())));
            return ExitCodes.ERROR;
        } catch (InputException e) {
            environment.err().println(e.getMessage());
            return ExitCodes.ERROR;
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            environment.err().println(Messages.get(environment.locale(), "Failure_internal", prefix, //$NON-NLS-1$
                    e.getClass().getName(), Texts.oneLine(String.valueOf(e.getMessage()))));
            return ExitCodes.ERROR;
        }
    }
}
