// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Messages;
import dev.cartograph.cli.internal.output.Texts;
import dev.cartograph.model.persistence.CartographResource;

/**
 * Reads files at git revisions with JGit, for arguments written as git writes them: {@code REV:path}, the path from
 * the top of the repository ({@code REV:./path} from the working directory), as in {@code HEAD~1:portfolios/x.cartograph}.
 */
public final class Revisions {

    private Revisions() {
    }

    /**
     * A file at a revision.
     *
     * @param shown the argument as written, {@code REV:path}
     * @param file the file in the working tree it is a version of
     * @param content its bytes at the revision
     */
    public record Blob(String shown, Path file, byte[] content) {
    }

    /**
     * @param argument an argument of the command line
     * @param workingDirectory the directory relative names start from
     * @return whether it names a file at a revision rather than a file: it has a colon and is not an existing file
     */
    public static boolean isRevision(String argument, Path workingDirectory) {
        int colon = argument.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        try {
            return !Files.exists(workingDirectory.resolve(argument));
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /**
     * @param argument {@code REV:path}
     * @param workingDirectory the directory the repository is searched from, and {@code ./path} starts from
     * @param locale the language of the problems
     * @return the file at the revision
     * @throws InputException if there is no repository, no such revision, or no such file at it
     */
    public static Blob read(String argument, Path workingDirectory, Locale locale) throws InputException {
        int colon = argument.indexOf(':');
        String revision = argument.substring(0, colon);
        String path = argument.substring(colon + 1);
        try (Repository repository = open(workingDirectory, argument, locale)) {
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            Path file = path.startsWith("./") || path.startsWith("../") //$NON-NLS-1$ //$NON-NLS-2$
                    ? workingDirectory.resolve(path).toAbsolutePath().normalize()
                    : top.resolve(path).normalize();
            return new Blob(argument, file, blob(repository, revision, relative(top, file, argument, locale),
                    argument, locale));
        }
    }

    /**
     * @param revision a revision, such as {@code HEAD~1}
     * @param fileArgument a file of the working tree, as written
     * @param workingDirectory the directory relative names start from
     * @param locale the language of the problems
     * @return the file at the revision
     * @throws InputException if there is no repository, no such revision, or no such file at it
     */
    public static Blob read(String revision, String fileArgument, Path workingDirectory, Locale locale)
            throws InputException {
        Path file = workingDirectory.resolve(fileArgument).toAbsolutePath().normalize();
        String shown = revision + ':' + fileArgument;
        Path start = Files.isDirectory(file.getParent()) ? file.getParent() : workingDirectory;
        try (Repository repository = open(start, shown, locale)) {
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            return new Blob(shown, file, blob(repository, revision, relative(top, file, shown, locale), shown,
                    locale));
        }
    }

    /**
     * @param directory a directory in a working tree
     * @return the repository it is in
     * @throws IOException if it is in none
     */
    public static Repository repositoryOf(Path directory) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(directory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new IOException(directory.toString());
        }
        return builder.setMustExist(true).build();
    }

    private static Repository open(Path directory, String shown, Locale locale) throws InputException {
        try {
            return repositoryOf(directory);
        } catch (IOException e) {
            throw new InputException(Messages.get(locale, "Git_noRepository", Texts.oneLine(shown))); //$NON-NLS-1$
        }
    }

    private static String relative(Path top, Path file, String shown, Locale locale) throws InputException {
        if (!file.startsWith(top)) {
            throw new InputException(Messages.get(locale, "Git_outsideRepository", Texts.oneLine(shown))); //$NON-NLS-1$
        }
        return top.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] blob(Repository repository, String revision, String path, String shown, Locale locale)
            throws InputException {
        ObjectId commit;
        ObjectId id;
        try {
            commit = repository.resolve(revision + "^{commit}"); //$NON-NLS-1$
            id = commit == null ? null : repository.resolve(revision + ':' + path);
        } catch (RevisionSyntaxException | IOException e) {
            commit = null;
            id = null;
        }
        if (commit == null) {
            throw new InputException(Messages.get(locale, "Git_noRevision", Texts.oneLine(shown), //$NON-NLS-1$
                    Texts.oneLine(revision)));
        }
        if (id == null) {
            throw new InputException(Messages.get(locale, "Git_noFileAtRevision", Texts.oneLine(shown), //$NON-NLS-1$
                    Texts.oneLine(path), Texts.oneLine(revision)));
        }
        try {
            ObjectLoader loader = repository.open(id, Constants.OBJ_BLOB);
            if (loader.getSize() > CartographResource.DEFAULT_MAX_FILE_SIZE) {
                throw new InputException(Messages.get(locale, "Git_tooLarge", Texts.oneLine(shown))); //$NON-NLS-1$
            }
            return loader.getBytes();
        } catch (IOException e) {
            throw new InputException(Messages.get(locale, "Load_failed", Texts.oneLine(shown), //$NON-NLS-1$
                    Texts.oneLine(String.valueOf(e.getMessage()))));
        }
    }
}
