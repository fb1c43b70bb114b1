// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;

/**
 * Fills the values no assessor gave with the criteria's computed values, within a time budget
 * per call. Each criterion's calls of a run go to one worker thread while the caller watches
 * the clock. A call that throws, returns a value that is not a number or is outside the scale
 * costs only that use case's value. A call that exceeds the budget is abandoned (its thread
 * interrupted) and the criterion is never called again by this instance: it is reported on
 * every later result.
 */
public final class ComputedValues {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "Cartograph computed criterion"); //$NON-NLS-1$
        thread.setDaemon(true);
        return thread;
    });

    private final long budgetNanos;
    private final Map<Criterion, CriterionFailure> retired = new IdentityHashMap<>();

    /**
     * @param budget the longest a single {@link Criterion#computeValue} call may take
     */
    public ComputedValues(Duration budget) {
        budgetNanos = budget.toNanos();
    }

    /** @return the budget of one call, in milliseconds */
    public long budgetMillis() {
        return TimeUnit.NANOSECONDS.toMillis(budgetNanos);
    }

    /** @return the failures of the criteria no longer called, in the order they timed out */
    public synchronized List<CriterionFailure> retiredFailures() {
        return List.copyOf(retired.values());
    }

    /**
     * Completes the drafts' missing values on computed columns.
     *
     * @param context the run's context
     * @param drafts the gathered drafts
     */
    void complete(ScoringContext context, List<Draft> drafts) {
        for (int column = 0; column < context.columnCount(); column++) {
            List<Draft> needing = new ArrayList<>();
            for (Draft draft : drafts) {
                if ((draft.flags[column] & Draft.NEEDS_COMPUTE) != 0) {
                    needing.add(draft);
                }
            }
            if (!needing.isEmpty()) {
                complete(context, column, needing);
            }
        }
    }

    private void complete(ScoringContext context, int column, List<Draft> drafts) {
        Criterion criterion = context.criterion(column);
        CriterionFailure retirement = retirementOf(criterion);
        if (retirement == null) {
            ComputeBatch batch = new ComputeBatch(criterion, drafts, context.min(column), context.max(column),
                    budgetNanos);
            int hung = run(batch);
            if (hung >= 0) {
                retirement = retire(criterion, batch.timeoutFailure(hung, budgetMillis()));
            }
            for (int i = 0; i < drafts.size() && i != hung; i++) {
                apply(drafts.get(i), column, batch.value(i), batch.failure(i));
            }
        }
        if (retirement != null) {
            for (Draft draft : drafts) {
                if (Double.isNaN(draft.value[column]) && (draft.flags[column] & Draft.COMPUTE_FAILED) == 0) {
                    apply(draft, column, Double.NaN, retirement);
                }
            }
        }
    }

    private static void apply(Draft draft, int column, double value, CriterionFailure failure) {
        if (failure != null) {
            draft.flags[column] |= Draft.COMPUTE_FAILED;
            draft.addFailure(failure);
        } else if (!Double.isNaN(value)) {
            draft.value[column] = value;
            draft.flags[column] |= Draft.COMPUTED;
        }
    }

    /** @return the index of the call abandoned for exceeding the budget, or -1 */
    private int run(ComputeBatch batch) {
        Future<?> future = WORKERS.submit(batch);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    future.get(budgetNanos, TimeUnit.NANOSECONDS);
                    return batch.slowCall();
                } catch (TimeoutException e) {
                    int hung = batch.abandonIfOverBudget();
                    if (hung >= 0) {
                        future.cancel(true);
                        return hung;
                    }
                } catch (ExecutionException e) {
                    return batch.slowCall();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized CriterionFailure retirementOf(Criterion criterion) {
        return retired.get(criterion);
    }

    private synchronized CriterionFailure retire(Criterion criterion, CriterionFailure failure) {
        return retired.computeIfAbsent(criterion, c -> failure);
    }
}
