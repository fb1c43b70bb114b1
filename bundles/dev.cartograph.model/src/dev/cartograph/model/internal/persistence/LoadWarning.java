// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Something a user should know about a file that loaded, listed in the resource's
 * {@link Resource#getWarnings() warnings}.
 *
 * @param location the URI of the file
 * @param message what happened, in words a user understands
 */
public record LoadWarning(String location, String message) implements Resource.Diagnostic {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getLocation() {
        return location;
    }

    @Override
    public int getLine() {
        return -1;
    }

    @Override
    public int getColumn() {
        return -1;
    }
}
