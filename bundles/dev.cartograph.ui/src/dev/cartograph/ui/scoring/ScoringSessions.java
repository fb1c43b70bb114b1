// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.scoring;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringSession;

/**
 * Keeps one {@link PortfolioScoring} per open portfolio, reference counted. The default
 * instance scores with the workbench's engine ({@link WorkbenchScoring#engine()}) and delivers
 * on the workbench's UI thread;
 * tests and tools can make their own with another session factory and executor.
 */
public final class ScoringSessions {

    private static volatile ScoringSessions defaultInstance;

    private final Function<Portfolio, ScoringSession> sessionFactory;
    private final Executor uiExecutor;
    private final Map<Portfolio, PortfolioScoring> open = new IdentityHashMap<>();

    /**
     * @param sessionFactory attaches a session to a portfolio
     * @param uiExecutor runs the delivery of changes to listeners (the UI thread's asyncExec)
     */
    public ScoringSessions(Function<Portfolio, ScoringSession> sessionFactory, Executor uiExecutor) {
        this.sessionFactory = Objects.requireNonNull(sessionFactory);
        this.uiExecutor = Objects.requireNonNull(uiExecutor);
    }

    /** @return the workbench's instance: the workbench's engine, UI thread delivery */
    public static ScoringSessions getDefault() {
        ScoringSessions instance = defaultInstance;
        if (instance == null) {
            synchronized (ScoringSessions.class) {
                instance = defaultInstance;
                if (instance == null) {
                    instance = new ScoringSessions(portfolio -> WorkbenchScoring.engine().attach(portfolio),
                            ScoringSessions::asyncExec);
                    defaultInstance = instance;
                }
            }
        }
        return instance;
    }

    /**
     * @param portfolio an open portfolio
     * @return its shared scoring, created if needed; release it when done
     */
    public synchronized PortfolioScoring acquire(Portfolio portfolio) {
        Objects.requireNonNull(portfolio);
        PortfolioScoring scoring = open.get(portfolio);
        if (scoring == null) {
            scoring = new PortfolioScoring(this, sessionFactory.apply(portfolio), uiExecutor);
            open.put(portfolio, scoring);
        }
        scoring.retain();
        return scoring;
    }

    /**
     * @param portfolio a portfolio
     * @return its shared scoring if some holder has it, without acquiring it
     */
    public synchronized Optional<PortfolioScoring> find(Portfolio portfolio) {
        return Optional.ofNullable(open.get(portfolio));
    }

    /** @return how many portfolios have a live scoring */
    public synchronized int size() {
        return open.size();
    }

    synchronized void release(PortfolioScoring scoring) {
        if (open.get(scoring.portfolio()) != scoring) {
            return;
        }
        if (scoring.drop() <= 0) {
            open.remove(scoring.portfolio());
            scoring.dispose();
        }
    }

    private static void asyncExec(Runnable runnable) {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay()
                : Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }
}
