// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.List;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.scoring.ScoringResult;

/**
 * A command that reads one portfolio file, scores it with the installed criteria and prints a
 * report on the result. Its options are read before the file, so that a wrong option is
 * reported first.
 */
abstract class ScoredPortfolioCommand implements Command {

    /** Makes the report on the scored portfolio. */
    @FunctionalInterface
    interface Reporter {
        /**
         * @param loaded the portfolio
         * @param result its scoring
         * @return the report
         * @throws InputException if the portfolio cannot be reported on
         */
        Document report(LoadedPortfolio loaded, ScoringResult result) throws InputException;
    }

    /** @return the partial-ranking and output format options; a command with more options adds them */
    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.PARTIAL, OptionSpec.FORMAT);
    }

    @Override
    public final int minArguments() {
        return 1;
    }

    @Override
    public final int maxArguments() {
        return 1;
    }

    @Override
    public final int run(Invocation invocation) throws UsageException, InputException {
        Reporter reporter = reporter(invocation);
        LoadedPortfolio loaded = invocation.load(invocation.arguments().get(0));
        ScoringResult result = score(invocation, loaded);
        invocation.print(reporter.report(loaded, result));
        return ExitCodes.OK;
    }

    /**
     * Scores a portfolio as the invocation asks: on partial scores with {@code --partial}, else
     * as the portfolio's configuration says.
     *
     * @param invocation the invocation
     * @param loaded the portfolio
     * @return its scoring
     */
    static ScoringResult score(Invocation invocation, LoadedPortfolio loaded) {
        return invocation.option(OptionSpec.PARTIAL.name()).isPresent()
                ? invocation.environment().engine().score(loaded.portfolio(), true)
                : invocation.environment().engine().score(loaded.portfolio());
    }

    /**
     * Reads the command's options.
     *
     * @param invocation the invocation
     * @return how to report on the scored portfolio
     * @throws UsageException if an option's value is wrong
     */
    abstract Reporter reporter(Invocation invocation) throws UsageException;
}
