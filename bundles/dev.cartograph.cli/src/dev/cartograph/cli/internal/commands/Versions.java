// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.PortfolioFiles;
import dev.cartograph.cli.internal.git.Revisions;

/**
 * The versions of a portfolio that {@code diff} and {@code merge} take: a file, a file at a git revision
 * ({@code REV:path}), or nothing ({@code /dev/null} or an empty file, as git passes for a file that is new on one
 * side).
 */
final class Versions {

    private static final String NO_FILE = "/dev/null"; //$NON-NLS-1$

    private Versions() {
    }

    /**
     * @param invocation the invocation
     * @param argument the version as written
     * @return its model, {@code null} for none
     * @throws InputException if it cannot be read
     */
    static Resource load(Invocation invocation, String argument) throws InputException {
        Path directory = invocation.environment().workingDirectory();
        if (argument.equals(NO_FILE) || isEmptyFile(directory, argument)) {
            return null;
        }
        if (Revisions.isRevision(argument, directory)) {
            return resource(invocation, Revisions.read(argument, directory, invocation.locale()));
        }
        return invocation.load(argument).portfolio().eResource();
    }

    /**
     * @param invocation the invocation
     * @param blob a file at a revision
     * @return its model
     * @throws InputException if it is not a portfolio
     */
    static Resource resource(Invocation invocation, Revisions.Blob blob) throws InputException {
        LoadedPortfolio loaded = PortfolioFiles.load(blob.shown(), blob.file(), blob.content(), invocation.locale());
        loaded.warnings().forEach(invocation.environment().err()::println);
        return loaded.portfolio().eResource();
    }

    private static boolean isEmptyFile(Path directory, String argument) {
        try {
            Path path = directory.resolve(argument);
            return Files.isRegularFile(path) && Files.size(path) == 0;
        } catch (InvalidPathException | IOException e) {
            return false;
        }
    }
}
