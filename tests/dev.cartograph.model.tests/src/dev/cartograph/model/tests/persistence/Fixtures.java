// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;

/** The test files under {@code data/} of this fragment, and helpers to use them. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * Copies a test file into a directory.
     *
     * @param name the file's name under {@code data/}
     * @param directory where to copy it
     * @return the copy
     */
    static Path copy(String name, Path directory) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("data/" + name)) { //$NON-NLS-1$
            if (in == null) {
                throw new IllegalArgumentException("No test file data/" + name); //$NON-NLS-1$
            }
            Path copy = directory.resolve(name);
            Files.copy(in, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the bytes of a test file */
    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("data/" + name)) { //$NON-NLS-1$
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the URI of a file */
    static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }

    /**
     * Runs code with a default locale, as messages are formatted for the default locale.
     *
     * @param locale the locale
     * @param code the code to run
     */
    static void withLocale(Locale locale, Runnable code) {
        Locale previous = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            code.run();
        } finally {
            Locale.setDefault(previous);
        }
    }
}
