// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

import dev.cartograph.scoring.internal.text.Failures;

/**
 * One call into contributed code, run through {@link SafeRunner} and handed back to the
 * caller: the result, or the same exception rethrown so that the scoring engine reports it
 * against the contribution (in every result, with the contributor's name).
 * <p>
 * {@code SafeRunner} logs the first exception of a contribution. Later ones are handed back
 * without logging: the engine calls contributed code on every use case after every edit, and
 * a broken plug-in must not flood the log.
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
    private final AtomicBoolean logged;
    private T result;
    private Throwable thrown;

    private SafeCall(Body<T> body, AtomicBoolean logged) {
        this.body = body;
        this.logged = logged;
    }

    /**
     * Runs contributed code safely.
     *
     * @param <T> the result type
     * @param body the call
     * @param logged the contribution's flag: set once one of its exceptions has been logged
     * @return its result
     * @throws RuntimeException what the code threw, or a {@link ContributionException} around
     *         a checked exception
     * @throws Error a linkage or assertion error the code threw
     */
    static <T> T run(Body<T> body, AtomicBoolean logged) {
        SafeCall<T> call = new SafeCall<>(body, logged);
        SafeRunner.run(call);
        return call.outcome();
    }

    @Override
    public void run() throws Exception {
        try {
            result = body.call();
        } catch (Exception | LinkageError | AssertionError e) {
            if (!logged.get()) {
                throw e;
            }
            thrown = e;
        }
    }

    @Override
    public void handleException(Throwable exception) {
        thrown = exception;
        logged.set(true);
    }

    private T outcome() {
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new ContributionException(Failures.describe(thrown), thrown);
        }
        return result;
    }
}
