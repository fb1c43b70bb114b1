// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.scoring;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ScoringSession;

/**
 * The live scoring of one open portfolio, shared by its editor (the pages, the Properties view)
 * and every view that shows it (ranking, matrix, sensitivity, validation): a change of a score or
 * a weight, made anywhere, reaches all of them from one {@link ScoringSession}, so that they
 * always show the same ranking.
 * <p>
 * The {@link dev.cartograph.ui.editor.PortfolioEditor} holds the scoring of its portfolio as
 * long as it is open ({@code PortfolioEditor#getScoring()}); a view that follows an editor
 * acquires the same instance.
 * <p>
 * Obtain it with {@link #acquire(Portfolio)} and give it back with {@link #release()} (one
 * release per acquire); the session is created on the first acquire and disposed on the last
 * release. Listeners are told on the UI thread, after the change that caused it, and bursts of
 * changes are coalesced: a listener sees the latest result once, however many changes came
 * before the UI thread was free.
 */
public final class PortfolioScoring {

    /** Told on the UI thread when the scoring changed. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param result the latest snapshot
         */
        void scoringChanged(ScoringResult result);
    }

    private final ScoringSessions owner;
    private final ScoringSession session;
    private final Executor uiExecutor;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<ScoringResult> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScoringSession.Listener sessionListener = this::changed;
    private int references;
    private volatile boolean disposed;

    PortfolioScoring(ScoringSessions owner, ScoringSession session, Executor uiExecutor) {
        this.owner = owner;
        this.session = Objects.requireNonNull(session);
        this.uiExecutor = uiExecutor;
        session.addListener(sessionListener);
    }

    /**
     * Returns the shared scoring of a portfolio, creating it on first use with the workbench's
     * engine ({@link WorkbenchScoring#engine()}: the installed criteria and strategies). Call
     * {@link #release()} when done.
     *
     * @param portfolio an open portfolio
     * @return its shared scoring
     */
    public static PortfolioScoring acquire(Portfolio portfolio) {
        return ScoringSessions.getDefault().acquire(portfolio);
    }

    /** Gives back what {@link #acquire(Portfolio)} gave; the last release disposes the session. */
    public void release() {
        owner.release(this);
    }

    /** @return the portfolio */
    public Portfolio portfolio() {
        return session.portfolio();
    }

    /** @return the underlying session (do not dispose it) */
    public ScoringSession session() {
        return session;
    }

    /** @return the latest snapshot */
    public ScoringResult current() {
        return session.current();
    }

    /** @return whether the last holder released it */
    public boolean isDisposed() {
        return disposed;
    }

    /**
     * @param listener told on the UI thread after changes
     */
    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /**
     * @param listener a listener previously added
     */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    int retain() {
        return ++references;
    }

    int drop() {
        return --references;
    }

    void dispose() {
        disposed = true;
        session.removeListener(sessionListener);
        session.dispose();
        listeners.clear();
    }

    /** On the thread that changed the model: remember the latest result, deliver once. */
    private void changed(ScoringResult result) {
        pending.set(result);
        if (scheduled.compareAndSet(false, true)) {
            uiExecutor.execute(this::deliver);
        }
    }

    private void deliver() {
        scheduled.set(false);
        ScoringResult result = pending.getAndSet(null);
        if (result == null || disposed) {
            return;
        }
        for (Listener listener : listeners) {
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() {
                    listener.scoringChanged(result);
                }
            });
        }
    }
}
