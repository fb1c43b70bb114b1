// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

/**
 * One call into contributed code, run through {@link SafeRunner} (which logs what the code
 * throws) and handed back to the caller: the result, or the same exception rethrown so that
 * the scoring engine reports it against the contribution.
 *
 * @param <T> the result type
 */
final class SafeCall<T> implements ISafeRunnable {

    /**
     * The contributed code.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    interface Body<T> {
        /**
         * @return the result
         * @throws Exception whatever the contributed code throws
         */
        T call() throws Exception;
    }

    private final Body<T> body;
    private T result;
    private Throwable thrown;

    private SafeCall(Body<T> body) {
        this.body = body;
    }

    /**
     * Runs contributed code safely.
     *
     * @param <T> the result type
     * @param body the call
     * @return its result
     * @throws RuntimeException what the code threw, or a {@link ContributionException} around
     *         a checked exception
     * @throws Error a linkage or assertion error the code threw
     */
    static <T> T run(Body<T> body) {
        SafeCall<T> call = new SafeCall<>(body);
        SafeRunner.run(call);
        return call.outcome();
    }

    @Override
    public void run() throws Exception {
        result = body.call();
    }

    @Override
    public void handleException(Throwable exception) {
        thrown = exception;
    }

    private T outcome() {
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new ContributionException(Problems.describe(thrown), thrown);
        }
        return result;
    }
}
