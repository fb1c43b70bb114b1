// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.SafeRunner;

import dev.cartograph.scoring.internal.text.Failures;

/**
 * A contributed class, created the first time it is needed rather than when the contribution
 * is read, so that reading the registry loads no plug-in code. If the class cannot be loaded,
 * its constructor throws, or it is not of the required type, the failure is reported once and
 * every later use throws a {@link ContributionException} with the same message.
 *
 * @param <T> the type the class must implement
 */
final class ExtensionInstance<T> {

    /**
     * The texts of a failure, as {@link Messages} patterns.
     *
     * @param ownerId the id of the contributed criterion or strategy, placeholder 0
     * @param notCreated pattern for a class that could not be created (1 = class, 2 = cause)
     * @param wrongClass pattern for a class of the wrong type (1 = class, 2 = required type)
     */
    record Texts(String ownerId, String notCreated, String wrongClass) {
    }

    /** Told once when a contributed class cannot be used. */
    @FunctionalInterface
    interface Report {
        /**
         * @param ownerId the id of the contributed criterion or strategy
         * @param message the localised explanation
         * @param cause what went wrong, or {@code null} for a class of the wrong type
         */
        void failed(String ownerId, String message, Throwable cause);
    }

    private final IConfigurationElement element;
    private final String attribute;
    private final Class<? extends T> type;
    private final Texts texts;
    private final Report report;
    private T instance;
    private String failure;

    /**
     * @param element the contributing element
     * @param attribute the attribute naming the class
     * @param type the type the instance must have
     * @param texts the texts of a failure
     * @param report told once if the class cannot be used
     */
    ExtensionInstance(IConfigurationElement element, String attribute, Class<? extends T> type, Texts texts,
            Report report) {
        this.element = element;
        this.attribute = attribute;
        this.type = type;
        this.texts = texts;
        this.report = report;
    }

    /**
     * @return the instance, created on the first call
     * @throws ContributionException if it could not be created
     */
    T get() {
        String message;
        Throwable cause;
        synchronized (this) {
            if (instance != null) {
                return instance;
            }
            if (failure != null) {
                throw new ContributionException(failure, null);
            }
            Creation creation = new Creation();
            SafeRunner.run(creation);
            cause = creation.problem;
            String className = className();
            if (cause != null) {
                message = Messages.format(texts.notCreated(), texts.ownerId(), className,
                        Failures.describe(Problems.rootCause(cause)));
            } else if (!type.isInstance(creation.created)) {
                message = Messages.format(texts.wrongClass(), texts.ownerId(), className, type.getName());
            } else {
                instance = type.cast(creation.created);
                return instance;
            }
            failure = message;
        }
        report.failed(texts.ownerId(), message, cause);
        throw new ContributionException(message, cause);
    }

    private String className() {
        try {
            String value = element.getAttribute(attribute);
            int colon = value == null ? -1 : value.indexOf(':');
            return colon < 0 ? String.valueOf(value) : value.substring(0, colon);
        } catch (InvalidRegistryObjectException e) {
            return attribute;
        }
    }

    /** Creates the instance; a failure of the registry to create it is expected, not logged. */
    private final class Creation implements ISafeRunnable {
        Object created;
        Throwable problem;

        @Override
        public void run() {
            try {
                created = element.createExecutableExtension(attribute);
            } catch (CoreException | InvalidRegistryObjectException e) {
                problem = e;
            }
        }

        @Override
        public void handleException(Throwable exception) {
            problem = exception;
        }
    }
}
