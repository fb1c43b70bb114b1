// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli;

import java.util.List;
import java.util.Objects;

import dev.cartograph.cli.internal.Dispatcher;

/**
 * Runs one command of the Cartograph command line, for example
 * {@code new CommandLine(environment).run("score", "portfolio.cartograph", "--format", "json")}.
 * Results go to the environment's output stream, problems to its error stream, one line each
 * (never a stack trace); the return value is the exit code ({@link ExitCodes}). Plain Java: it
 * runs in-process with registries filled in code.
 */
public final class CommandLine {

    private final Dispatcher dispatcher;

    /**
     * @param environment the engine, registries, working directory, language and streams to use
     */
    public CommandLine(CommandEnvironment environment) {
        dispatcher = new Dispatcher(Objects.requireNonNull(environment));
    }

    /**
     * @param args the command's name, then its options and arguments
     * @return the exit code
     */
    public int run(String... args) {
        return run(List.of(args));
    }

    /**
     * @param args the command's name, then its options and arguments
     * @return the exit code
     */
    public int run(List<String> args) {
        return dispatcher.run(args);
    }
}
