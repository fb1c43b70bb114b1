// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

/**
 * Carries a {@link LoadProblemException} out of handler methods that cannot throw checked exceptions; it stops the
 * parse like the problem itself would.
 */
public final class LoadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param problem why the file is refused */
    public LoadRefusedException(LoadProblemException problem) {
        super(problem.getMessage(), problem);
    }
}
