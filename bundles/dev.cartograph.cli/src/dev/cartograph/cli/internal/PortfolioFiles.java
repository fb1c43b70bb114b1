// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.cartograph.cli.internal.output.Texts;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.CartographResourceFactory;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * Reads the portfolio files named on the command line. Whatever is wrong with a file (missing,
 * a directory, malformed, hostile, of another version, not a portfolio) becomes one line,
 * {@code file:line:column: problem}, naming the file as the user wrote it; never a stack trace.
 */
public final class PortfolioFiles {

    private PortfolioFiles() {
    }

    /**
     * @param argument the file name as written on the command line
     * @param workingDirectory the directory a relative name starts from
     * @param locale the language of the problems this class words itself
     * @return the portfolio and the load warnings
     * @throws InputException if the file cannot be used; its message is the line to print
     */
    public static LoadedPortfolio load(String argument, Path workingDirectory, Locale locale) throws InputException {
        String shown = Texts.oneLine(argument);
        Path path;
        try {
            path = workingDirectory.resolve(argument).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(Messages.get(locale, "Load_badName", shown)); //$NON-NLS-1$
        }
        if (Files.isDirectory(path)) {
            throw new InputException(Messages.get(locale, "Load_directory", shown)); //$NON-NLS-1$
        }
        try {
            Portfolio portfolio = ModelPersistence.load(path);
            return new LoadedPortfolio(argument, path, portfolio, warnings(shown, portfolio.eResource(), locale));
        } catch (ModelLoadException e) {
            throw new InputException(position(shown, e.getLine(), e.getColumn()) + ": " //$NON-NLS-1$
                    + Texts.oneLine(e.getProblem()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new InputException(Messages.get(locale, "Load_failed", shown, //$NON-NLS-1$
                    Texts.oneLine(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Reads a portfolio from bytes, such as a file at a git revision, as defensively as a file.
     *
     * @param shown the name to use in every message (for example {@code HEAD~1:portfolio.cartograph})
     * @param path the file the bytes are a version of (relative references start there)
     * @param content the bytes
     * @param locale the language of the problems this class words itself
     * @return the portfolio and the load warnings
     * @throws InputException if the bytes are not a portfolio; its message is the line to print
     */
    public static LoadedPortfolio load(String shown, Path path, byte[] content, Locale locale) throws InputException {
        String name = Texts.oneLine(shown);
        URI uri = URI.createFileURI(path.toAbsolutePath().toString());
        ResourceSet resourceSet = ModelPersistence.createResourceSet();
        Resource resource = new CartographResourceFactory().createResource(uri);
        resourceSet.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(content), resourceSet.getLoadOptions());
        } catch (ModelLoadException e) {
            throw new InputException(position(name, e.getLine(), e.getColumn()) + ": " //$NON-NLS-1$
                    + Texts.oneLine(e.getProblem()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new InputException(Messages.get(locale, "Load_failed", name, //$NON-NLS-1$
                    Texts.oneLine(String.valueOf(e.getMessage()))));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Portfolio portfolio)) {
            throw new InputException(Messages.get(locale, "Load_noPortfolio", name)); //$NON-NLS-1$
        }
        return new LoadedPortfolio(shown, path, portfolio, warnings(name, resource, locale));
    }

    private static List<String> warnings(String shown, Resource resource, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            String text = warning.getMessage();
            String prefix = new ModelLoadException(URI.createURI(warning.getLocation()), warning.getLine(),
                    warning.getColumn(), "", null).getMessage(); //$NON-NLS-1$
            if (text.startsWith(prefix)) {
                text = text.substring(prefix.length());
            }
            lines.add(Messages.get(locale, "Load_warning", position(shown, warning.getLine(), warning.getColumn()), //$NON-NLS-1$
                    Texts.oneLine(text)));
        }
        return lines;
    }

    private static String position(String file, int line, int column) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
