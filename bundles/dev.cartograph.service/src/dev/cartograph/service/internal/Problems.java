// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

/** Short texts about what contributed code threw. */
final class Problems {

    private Problems() {
    }

    /**
     * @param throwable what contributed code threw
     * @return its simple class name, followed by its message if it has one
     */
    static String describe(Throwable throwable) {
        String message = throwable.getMessage();
        String type = throwable.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message; //$NON-NLS-1$
    }

    /**
     * Finds the original problem under the wrappers of the extension registry and reflection
     * (a {@code CoreException} around an {@code InvocationTargetException} around what a
     * constructor threw, for example).
     *
     * @param throwable a throwable
     * @return its deepest cause
     */
    static Throwable rootCause(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
