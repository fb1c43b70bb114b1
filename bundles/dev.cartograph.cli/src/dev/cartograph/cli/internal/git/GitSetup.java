// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

import dev.cartograph.model.internal.persistence.AtomicFileWriter;

/**
 * Installs Cartograph's git drivers in a repository, and removes them: the {@code .gitattributes} line that gives
 * {@code *.cartograph} files the {@code cartograph} merge and diff drivers, and the repository's {@code git config}
 * entries that define them. Idempotent both ways.
 */
public final class GitSetup {

    /** The driver's name in {@code .gitattributes} and {@code git config}. */
    public static final String DRIVER = "cartograph"; //$NON-NLS-1$

    /** The line of {@code .gitattributes}. */
    public static final String ATTRIBUTES = "*.cartograph merge=cartograph diff=cartograph"; //$NON-NLS-1$

    private static final String MERGE = "merge"; //$NON-NLS-1$
    private static final String DIFF = "diff"; //$NON-NLS-1$

    private GitSetup() {
    }

    /**
     * @param repository the repository
     * @param launcher the absolute path of the {@code cartograph} launcher the drivers run
     * @return whether anything changed (false: it was installed already, the same way)
     * @throws IOException if {@code .gitattributes} or the configuration cannot be written
     */
    public static boolean install(Repository repository, Path launcher) throws IOException {
        String command = quote(launcher.toString());
        StoredConfig config = reloaded(repository);
        String before = config.toText();
        config.setString(MERGE, DRIVER, "name", "Cartograph semantic merge by element identity"); //$NON-NLS-1$ //$NON-NLS-2$
        config.setString(MERGE, DRIVER, "driver", command + " git merge-driver %O %A %B %P"); //$NON-NLS-1$ //$NON-NLS-2$
        config.setString(DIFF, DRIVER, "command", command + " git diff-driver"); //$NON-NLS-1$ //$NON-NLS-2$
        config.setString(DIFF, DRIVER, "textconv", command + " git textconv"); //$NON-NLS-1$ //$NON-NLS-2$
        // git log -p shows the textconv outline, whose unindented lines name the elements: hunks are headed by them.
        config.setString(DIFF, DRIVER, "xfuncname", "^[^ ].*$"); //$NON-NLS-1$ //$NON-NLS-2$
        boolean changed = !before.equals(config.toText());
        if (changed) {
            config.save();
        }
        List<String> lines = attributes(repository);
        if (!lines.contains(ATTRIBUTES)) {
            lines.add(ATTRIBUTES);
            writeAttributes(repository, lines);
            changed = true;
        }
        return changed;
    }

    /**
     * @param repository the repository
     * @return whether anything was removed
     * @throws IOException if {@code .gitattributes} or the configuration cannot be written
     */
    public static boolean uninstall(Repository repository) throws IOException {
        StoredConfig config = reloaded(repository);
        boolean changed = !config.getNames(MERGE, DRIVER).isEmpty() || !config.getNames(DIFF, DRIVER).isEmpty();
        if (changed) {
            config.unsetSection(MERGE, DRIVER);
            config.unsetSection(DIFF, DRIVER);
            config.save();
        }
        List<String> lines = attributes(repository);
        if (lines.remove(ATTRIBUTES)) {
            Path file = attributesFile(repository);
            if (lines.stream().allMatch(String::isBlank)) {
                Files.delete(file);
            } else {
                writeAttributes(repository, lines);
            }
            changed = true;
        }
        return changed;
    }

    /**
     * @param repository the repository
     * @return whether the drivers are configured and the attributes line is there
     * @throws IOException if the configuration cannot be read
     */
    public static boolean isInstalled(Repository repository) throws IOException {
        StoredConfig config = reloaded(repository);
        return config.getString(MERGE, DRIVER, "driver") != null //$NON-NLS-1$
                && attributes(repository).contains(ATTRIBUTES);
    }

    /**
     * @param repository the repository
     * @return the {@code .gitattributes} file at the top of its working tree
     */
    public static Path attributesFile(Repository repository) {
        return repository.getWorkTree().toPath().resolve(".gitattributes"); //$NON-NLS-1$
    }

    private static StoredConfig reloaded(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        try {
            config.load();
        } catch (ConfigInvalidException e) {
            throw new IOException(e.getMessage(), e);
        }
        return config;
    }

    private static List<String> attributes(Repository repository) throws IOException {
        Path file = attributesFile(repository);
        return Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>();
    }

    private static void writeAttributes(Repository repository, List<String> lines) throws IOException {
        byte[] bytes = (String.join("\n", lines) + '\n').getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
        AtomicFileWriter.write(attributesFile(repository), out -> out, out -> out.write(bytes));
    }

    /** A word for {@code sh}, which git runs drivers with. */
    static String quote(String word) {
        return '\'' + word.replace("'", "'\\''") + '\''; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
