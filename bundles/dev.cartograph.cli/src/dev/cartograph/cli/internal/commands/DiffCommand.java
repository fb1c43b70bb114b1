// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.git.Revisions;
import dev.cartograph.compare.report.PortfolioComparison;

/**
 * {@code diff OLD NEW} or {@code diff --rev REV FILE}: the semantic diff of two versions of a portfolio, each a file
 * or a file at a git revision ({@code HEAD~1:portfolios/x.cartograph}): the changes by element identity and what they
 * do to the decision. Exit code 0 when the versions do not differ, 1 when they do, 2 when one cannot be read, as
 * {@code diff} does.
 */
public final class DiffCommand implements Command {

    private static final String REV = "rev"; //$NON-NLS-1$

    @Override
    public String name() {
        return "diff"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.FORMAT, new OptionSpec(REV, "REV", "Option_diffRev")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public int minArguments() {
        return 1;
    }

    @Override
    public int maxArguments() {
        return 2;
    }

    @Override
    public int run(Invocation invocation) throws UsageException, InputException {
        List<String> arguments = invocation.arguments();
        Optional<String> revision = invocation.option(REV);
        if (revision.isPresent() != (arguments.size() == 1)) {
            throw new UsageException(invocation.text("Usage_diffArguments")); //$NON-NLS-1$
        }
        String oldName;
        Resource before;
        String newName = arguments.get(arguments.size() - 1);
        if (revision.isPresent()) {
            Revisions.Blob blob = Revisions.read(revision.get(), newName, invocation.environment().workingDirectory(),
                    invocation.locale());
            oldName = blob.shown();
            before = Versions.resource(invocation, blob);
        } else {
            oldName = arguments.get(0);
            before = Versions.load(invocation, oldName);
        }
        Resource after = Versions.load(invocation, newName);
        return print(invocation, oldName, newName, before, after);
    }

    /**
     * Prints the diff of two versions.
     *
     * @return {@link ExitCodes#DIFFERENT} if they differ, else {@link ExitCodes#OK}
     */
    static int print(Invocation invocation, String oldName, String newName, Resource before, Resource after) {
        PortfolioComparison comparison = PortfolioComparison.of(before, after, invocation.environment().engine(),
                invocation.environment().rules(), invocation.locale());
        invocation.print(DiffReport.document(invocation, oldName, newName, comparison));
        return comparison.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }
}
