// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

/**
 * Where what contributed code threw comes from; its text is
 * {@link dev.cartograph.scoring.internal.text.Failures#describe(Throwable)}.
 */
final class Problems {

    private Problems() {
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
