// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.persistence;

import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A Cartograph file could not be loaded. The message names the file, the line and column when they are known, and
 * the problem in words a user understands, for example
 * {@code portfolio.cartograph:12:7: the file ends unexpectedly; it may have been truncated}.
 * <p>
 * When a file has several problems, the first one is described here and the others are
 * {@linkplain #getSuppressed() suppressed} exceptions of the same type. The technical cause, if any, is the
 * {@linkplain #getCause() cause}. The exception is also a {@link Resource.Diagnostic}: a resource that failed to
 * load lists it in its {@link Resource#getErrors() errors}.
 */
public class ModelLoadException extends IOException implements Resource.Diagnostic {

    private static final long serialVersionUID = 1L;

    /** The value of {@link #getLine()} and {@link #getColumn()} when the position is not known. */
    public static final int UNKNOWN_POSITION = -1;

    private final String location;
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param uri the URI of the file, may be {@code null}
     * @param line the line of the problem, starting at 1, or {@link #UNKNOWN_POSITION}
     * @param column the column of the problem, starting at 1, or {@link #UNKNOWN_POSITION}
     * @param problem the problem, in words a user understands
     * @param cause the technical cause, may be {@code null}
     */
    public ModelLoadException(URI uri, int line, int column, String problem, Throwable cause) {
        super(message(displayName(uri), line, column, problem), cause);
        this.location = uri == null ? "" : uri.toString(); //$NON-NLS-1$
        this.file = displayName(uri);
        this.line = line > 0 ? line : UNKNOWN_POSITION;
        this.column = line > 0 && column > 0 ? column : UNKNOWN_POSITION;
        this.problem = problem;
    }

    /** @return the name of the file, as it appears in the message */
    public String getFile() {
        return file;
    }

    /** @return the URI of the file, as a string; empty if not known */
    @Override
    public String getLocation() {
        return location;
    }

    /** @return the line of the problem, starting at 1, or {@link #UNKNOWN_POSITION} */
    @Override
    public int getLine() {
        return line;
    }

    /** @return the column of the problem, starting at 1, or {@link #UNKNOWN_POSITION} */
    @Override
    public int getColumn() {
        return column;
    }

    /** @return the problem, in words a user understands, without the file and position */
    public String getProblem() {
        return problem;
    }

    private static String displayName(URI uri) {
        if (uri == null) {
            return ""; //$NON-NLS-1$
        }
        String name = uri.lastSegment();
        return name == null || name.isEmpty() ? uri.toString() : URI.decode(name);
    }

    private static String message(String file, int line, int column, String problem) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(':').append(line);
            if (column > 0) {
                message.append(':').append(column);
            }
        }
        return message.append(": ").append(problem).toString(); //$NON-NLS-1$
    }
}
