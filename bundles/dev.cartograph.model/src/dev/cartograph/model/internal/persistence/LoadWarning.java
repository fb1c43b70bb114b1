// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import dev.cartograph.model.persistence.ModelLoadException;

/**
 * Something a user should know about a file that loaded, listed in the resource's
 * {@link Resource#getWarnings() warnings}. Its message names the file and, when known, the line and column, like
 * a {@link ModelLoadException}'s.
 */
public final class LoadWarning implements Resource.Diagnostic {

    /** Names the file and position exactly as a load problem does. */
    private final ModelLoadException diagnostic;

    /**
     * @param uri the URI of the file
     * @param line the line, starting at 1, or -1 if the warning is about the whole file
     * @param column the column, starting at 1, or -1
     * @param text what happened, in words a user understands
     */
    public LoadWarning(URI uri, int line, int column, String text) {
        this.diagnostic = new ModelLoadException(uri, line, column, text, null);
    }

    @Override
    public String getMessage() {
        return diagnostic.getMessage();
    }

    @Override
    public String getLocation() {
        return diagnostic.getLocation();
    }

    @Override
    public int getLine() {
        return diagnostic.getLine();
    }

    @Override
    public int getColumn() {
        return diagnostic.getColumn();
    }
}
