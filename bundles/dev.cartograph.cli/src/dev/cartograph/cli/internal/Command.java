// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.List;

/**
 * One command of the command line. Commands are plain Java: they read what they need from the
 * {@link Invocation} and print through it, so that tests run them in-process.
 */
public interface Command {

    /** @return the name typed after {@code cartograph} */
    String name();

    /** @return the options it accepts besides {@code --help}, in the order of its help */
    List<OptionSpec> options();

    /** @return the fewest arguments (files) it takes */
    int minArguments();

    /** @return the most arguments (files) it takes */
    int maxArguments();

    /**
     * Runs the command.
     *
     * @param invocation the parsed command line and the environment
     * @return the exit code
     * @throws UsageException if an option's value is wrong
     * @throws InputException if an input file cannot be used
     */
    int run(Invocation invocation) throws UsageException, InputException;
}
