// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.lib.Repository;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.git.GitSetup;
import dev.cartograph.cli.internal.git.Revisions;
import dev.cartograph.cli.internal.output.Texts;
import dev.cartograph.compare.report.ModelVocabulary;
import dev.cartograph.compare.report.Outline;

/**
 * {@code git install|uninstall}: makes {@code git merge} (and rebase, cherry-pick) merge {@code *.cartograph} files
 * by element identity and {@code git diff} show the semantic diff, in the repository of the working directory. The
 * drivers git then runs are the other actions: {@code merge-driver %O %A %B %P} (writes the merge to {@code %A},
 * records conflicts beside {@code %P}, exit 1 on conflicts), {@code diff-driver} (git's seven arguments of an
 * external diff; always exit 0, which git requires) and {@code textconv FILE} (the outline {@code git log -p}
 * compares).
 */
public final class GitCommand implements Command {

    /** The system property the launcher sets to its own absolute path, which the drivers run. */
    public static final String LAUNCHER_PROPERTY = "cartograph.launcher"; //$NON-NLS-1$

    private static final String LAUNCHER = "launcher"; //$NON-NLS-1$

    @Override
    public String name() {
        return "git"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(LAUNCHER, "PATH", "Option_gitLauncher")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public int minArguments() {
        return 1;
    }

    @Override
    public int maxArguments() {
        return 8;
    }

    @Override
    public int run(Invocation invocation) throws UsageException, InputException {
        List<String> arguments = invocation.arguments();
        String action = arguments.get(0);
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (action) {
        case "install" -> setup(invocation, rest, true); //$NON-NLS-1$
        case "uninstall" -> setup(invocation, rest, false); //$NON-NLS-1$
        case "merge-driver" -> mergeDriver(invocation, rest); //$NON-NLS-1$
        case "diff-driver" -> diffDriver(invocation, rest); //$NON-NLS-1$
        case "textconv" -> textconv(invocation, rest); //$NON-NLS-1$
        default -> throw new UsageException(invocation.text("Usage_gitAction", Texts.oneLine(action))); //$NON-NLS-1$
        };
    }

    private static void expect(Invocation invocation, List<String> rest, int count) throws UsageException {
        if (rest.size() != count) {
            throw new UsageException(invocation.text("Usage_gitArguments", invocation.arguments().get(0), count)); //$NON-NLS-1$
        }
    }

    private static int setup(Invocation invocation, List<String> rest, boolean install)
            throws UsageException, InputException {
        expect(invocation, rest, 0);
        Path launcher = install ? launcher(invocation) : null;
        Path directory = invocation.environment().workingDirectory();
        try (Repository repository = Revisions.repositoryOf(directory)) {
            Path top = repository.getWorkTree().toPath();
            boolean changed;
            try {
                changed = install ? GitSetup.install(repository, launcher) : GitSetup.uninstall(repository);
            } catch (IOException e) {
                throw new InputException(invocation.text("Git_cannotConfigure", top, //$NON-NLS-1$
                        Texts.oneLine(String.valueOf(e.getMessage()))));
            }
            String key = (install ? "Git_installed" : "Git_uninstalled") + (changed ? "" : "Already"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            invocation.environment().out().println(invocation.text(key, top, GitSetup.ATTRIBUTES, launcher));
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new InputException(invocation.text("Git_noRepositoryHere", directory)); //$NON-NLS-1$
        }
    }

    private static Path launcher(Invocation invocation) throws UsageException {
        String value = invocation.option(LAUNCHER).orElse(System.getProperty(LAUNCHER_PROPERTY));
        if (value == null || value.isBlank()) {
            throw new UsageException(invocation.text("Usage_gitNoLauncher")); //$NON-NLS-1$
        }
        Path path;
        try {
            path = invocation.environment().workingDirectory().resolve(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException(invocation.text("Usage_gitBadLauncher", Texts.oneLine(value))); //$NON-NLS-1$
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException(invocation.text("Usage_gitBadLauncher", Texts.oneLine(value))); //$NON-NLS-1$
        }
        return path;
    }

    /** git's {@code %O %A %B %P}: the ancestor, ours (where the result goes), theirs, and the file's path. */
    private static int mergeDriver(Invocation invocation, List<String> rest) throws UsageException, InputException {
        expect(invocation, rest, 4);
        Path out = MergeCommand.path(invocation, rest.get(1));
        Path file = MergeCommand.path(invocation, rest.get(3));
        return MergeCommand.merge(invocation, rest.get(0), rest.get(1), rest.get(2), rest.get(3), out, file, false);
    }

    /**
     * git's arguments of an external diff, {@code path old-file old-hex old-mode new-file new-hex new-mode}, or the
     * path alone for an unmerged file. Exit 0 whatever the difference: git stops on any other code.
     */
    private static int diffDriver(Invocation invocation, List<String> rest) throws UsageException, InputException {
        if (rest.size() == 1) {
            invocation.environment().out().println(invocation.text("Git_unmerged", Texts.oneLine(rest.get(0)))); //$NON-NLS-1$
            return ExitCodes.OK;
        }
        expect(invocation, rest, 7);
        String path = rest.get(0);
        Resource before = Versions.load(invocation, rest.get(1));
        Resource after = Versions.load(invocation, rest.get(4));
        DiffCommand.print(invocation, "a/" + path, "b/" + path, before, after); //$NON-NLS-1$ //$NON-NLS-2$
        return ExitCodes.OK;
    }

    private static int textconv(Invocation invocation, List<String> rest) throws UsageException, InputException {
        expect(invocation, rest, 1);
        Resource resource = Versions.load(invocation, rest.get(0));
        if (resource != null) {
            invocation.environment().out().print(new Outline(new ModelVocabulary(invocation.locale())).write(resource));
        }
        return ExitCodes.OK;
    }
}
