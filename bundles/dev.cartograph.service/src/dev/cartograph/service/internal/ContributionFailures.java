// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.StrategyRegistry;

/**
 * The failures of the contributions read, kept per extension so that uninstalling a plug-in
 * forgets them. Each is also recorded in its registry's history and logged as an error against
 * the contributing bundle (the status's plug-in id is the contributor's name).
 */
final class ContributionFailures {

    /** A failure and its extension; exactly one of the two failures is set. */
    private record Tracked(IExtension extension, CriterionFailure criterion, StrategyFailure strategy) {
    }

    private final CriterionRegistry criteria;
    private final StrategyRegistry strategies;
    private final ILog log = ILog.of(ContributionFailures.class);
    private final List<Tracked> failures = new ArrayList<>();

    ContributionFailures(CriterionRegistry criteria, StrategyRegistry strategies) {
        this.criteria = criteria;
        this.strategies = strategies;
    }

    /**
     * @param extension the extension at fault
     * @param failure the failure
     * @param cause what was thrown, or {@code null}
     * @param inRegistry whether the registry already recorded it (it records the refusals it decides)
     */
    void add(IExtension extension, CriterionFailure failure, Throwable cause, boolean inRegistry) {
        synchronized (this) {
            failures.add(new Tracked(extension, failure, null));
        }
        if (!inRegistry) {
            criteria.recordFailure(failure);
        }
        log(failure.contributor(), failure.message(), cause);
    }

    /**
     * @param extension the extension at fault
     * @param failure the failure
     * @param cause what was thrown, or {@code null}
     * @param inRegistry whether the registry already recorded it
     */
    void add(IExtension extension, StrategyFailure failure, Throwable cause, boolean inRegistry) {
        synchronized (this) {
            failures.add(new Tracked(extension, null, failure));
        }
        if (!inRegistry) {
            strategies.recordFailure(failure);
        }
        log(failure.contributor(), failure.message(), cause);
    }

    /** @param extension an extension removed from the registry */
    synchronized void forget(IExtension extension) {
        failures.removeIf(tracked -> tracked.extension().equals(extension));
    }

    synchronized List<CriterionFailure> criterionFailures() {
        return failures.stream().map(Tracked::criterion).filter(Objects::nonNull).toList();
    }

    synchronized List<StrategyFailure> strategyFailures() {
        return failures.stream().map(Tracked::strategy).filter(Objects::nonNull).toList();
    }

    private void log(String contributor, String message, Throwable cause) {
        log.log(new Status(IStatus.ERROR, contributor, message, cause));
    }
}
