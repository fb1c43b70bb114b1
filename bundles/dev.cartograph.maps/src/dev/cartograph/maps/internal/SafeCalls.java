// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.internal;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

import dev.cartograph.maps.MapFailure;
import dev.cartograph.scoring.internal.text.Failures;

/**
 * Calls into contributed map and layer code through {@link SafeRunner}. What the code throws
 * becomes a {@link MapFailure} naming the contribution and its bundle; the first exception of
 * each contribution is logged by {@code SafeRunner}, later ones are only reported, so that a
 * broken layer redrawn after every edit does not flood the log.
 */
public final class SafeCalls {

    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /**
     * @param <T> the result type
     * @param what the pattern of the failure's text ({0} the id, {1} what was thrown)
     * @param id the contribution's id
     * @param contributor its bundle
     * @param body the call
     * @param failed told the failure if the call throws
     * @return the result, or empty if the call threw (or returned {@code null})
     */
    public <T> Optional<T> call(String what, String id, String contributor, Supplier<T> body,
            Consumer<MapFailure> failed) {
        Call<T> call = new Call<>(body, logged.contains(contributor + '/' + id));
        SafeRunner.run(call);
        if (call.thrown != null) {
            logged.add(contributor + '/' + id);
            failed.accept(new MapFailure(id, contributor, Messages.get(what, id, Failures.describe(call.thrown))));
            return Optional.empty();
        }
        return Optional.ofNullable(call.result);
    }

    /** One call; after the first logged exception, later ones are kept from {@code SafeRunner}. */
    private static final class Call<T> implements ISafeRunnable {
        private final Supplier<T> body;
        private final boolean quiet;
        T result;
        Throwable thrown;

        Call(Supplier<T> body, boolean quiet) {
            this.body = body;
            this.quiet = quiet;
        }

        @Override
        public void run() {
            try {
                result = body.get();
            } catch (RuntimeException | LinkageError | AssertionError e) {
                if (!quiet) {
                    throw e;
                }
                thrown = e;
            }
        }

        @Override
        public void handleException(Throwable exception) {
            thrown = exception;
        }
    }
}
