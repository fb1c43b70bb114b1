// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.InvalidRegistryObjectException;

import dev.cartograph.scoring.internal.text.Failures;

/**
 * A contributed class, created the first time it is needed rather than when the contribution is
 * read, so that reading the registry loads no plug-in code. Called only inside
 * {@link SafeCalls}: if the class cannot be created or is of the wrong type, every use throws an
 * {@link IllegalStateException} that says so, and the map or layer is reported as failed.
 *
 * @param <T> the type the class must implement
 */
final class LazyInstance<T> {

    private final IConfigurationElement element;
    private final String id;
    private final Class<T> type;
    private T instance;
    private String failure;

    /**
     * @param element the contributing element, with a {@code class} attribute
     * @param id the contribution's id
     * @param type the type the instance must have
     */
    LazyInstance(IConfigurationElement element, String id, Class<T> type) {
        this.element = element;
        this.id = id;
        this.type = type;
    }

    /** @return the instance, created on the first call */
    synchronized T get() {
        if (instance != null) {
            return instance;
        }
        if (failure == null) {
            String className = String.valueOf(element.getAttribute(ContributionReader.CLASS));
            try {
                Object created = element.createExecutableExtension(ContributionReader.CLASS);
                if (type.isInstance(created)) {
                    instance = type.cast(created);
                    return instance;
                }
                failure = Messages.get("Contribution_wrongClass", id, className, type.getName()); //$NON-NLS-1$
            } catch (CoreException | InvalidRegistryObjectException e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                failure = Messages.get("Contribution_classNotCreated", id, className, Failures.describe(root)); //$NON-NLS-1$
            }
        }
        throw new IllegalStateException(failure);
    }
}
