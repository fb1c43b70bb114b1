// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.internal.text.Failures;

/**
 * The computed-value calls of one criterion for the use cases of one run, executed on a worker
 * thread. Results are published under this object's lock; once the watcher abandons the
 * batch, the worker records nothing more.
 */
final class ComputeBatch implements Runnable {

    private final Criterion criterion;
    private final UseCase[] useCases;
    private final double min;
    private final double max;
    private final long budgetNanos;
    private final double[] values;
    private final CriterionFailure[] failures;
    private int current;
    private long startedAt;
    private boolean started;
    private boolean finished;
    private boolean abandoned;
    private int slowCall = -1;

    ComputeBatch(Criterion criterion, List<Draft> drafts, double min, double max, long budgetNanos) {
        this.criterion = criterion;
        this.useCases = drafts.stream().map(d -> d.useCase).toArray(UseCase[]::new);
        this.min = min;
        this.max = max;
        this.budgetNanos = budgetNanos;
        values = new double[useCases.length];
        Arrays.fill(values, Double.NaN);
        failures = new CriterionFailure[useCases.length];
    }

    @Override
    public void run() {
        for (int i = 0; i < useCases.length; i++) {
            long start = System.nanoTime();
            synchronized (this) {
                if (abandoned) {
                    return;
                }
                current = i;
                startedAt = start;
                started = true;
            }
            OptionalDouble result = null;
            Throwable thrown = null;
            try {
                result = criterion.computeValue(useCases[i]);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                thrown = e;
            }
            boolean slow = System.nanoTime() - start > budgetNanos;
            synchronized (this) {
                if (abandoned) {
                    return;
                }
                if (slow) {
                    slowCall = i;
                    return;
                }
                record(i, result, thrown);
            }
        }
        synchronized (this) {
            finished = true;
        }
    }

    private void record(int i, OptionalDouble result, Throwable thrown) {
        String name = useCases[i].getName();
        if (thrown != null) {
            failures[i] = failure(Messages.get("Failure_threw", criterion.label(), name, Failures.describe(thrown))); //$NON-NLS-1$
        } else if (result != null && result.isPresent()) {
            double value = result.getAsDouble();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                failures[i] = failure(Messages.get("Failure_notANumber", criterion.label(), name, //$NON-NLS-1$
                        String.valueOf(value)));
            } else if (value < min || value > max) {
                failures[i] = failure(Messages.get("Failure_outOfScale", criterion.label(), name, value, min, max)); //$NON-NLS-1$
            } else {
                values[i] = value;
            }
        }
    }

    private CriterionFailure failure(String message) {
        return new CriterionFailure(criterion.id(), String.valueOf(criterion.contributor()), message);
    }

    /** @return the index of a call the worker found over budget, or -1 */
    synchronized int slowCall() {
        return slowCall;
    }

    /** @return the index of the call in progress if it is over budget (the batch is then abandoned), else -1 */
    synchronized int abandonIfOverBudget() {
        if (slowCall >= 0) {
            abandoned = true;
            return slowCall;
        }
        if (started && !finished && System.nanoTime() - startedAt >= budgetNanos) {
            abandoned = true;
            return current;
        }
        return -1;
    }

    synchronized double value(int i) {
        return values[i];
    }

    synchronized CriterionFailure failure(int i) {
        return failures[i];
    }

    /** @return the failure of the call that took too long */
    CriterionFailure timeoutFailure(int i, long budgetMillis) {
        return failure(Messages.get("Failure_timeout", criterion.label(), useCases[i].getName(), budgetMillis)); //$NON-NLS-1$
    }
}
