// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import static dev.cartograph.service.internal.ExtensionSchema.CRITERIA_POINT;
import static dev.cartograph.service.internal.ExtensionSchema.CRITERION;
import static dev.cartograph.service.internal.ExtensionSchema.STRATEGIES_POINT;
import static dev.cartograph.service.internal.ExtensionSchema.STRATEGY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.InvalidRegistryObjectException;

import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.StrategyRegistry;

/**
 * Fills the plain registries from the two extension points and follows them: an extension
 * added later is read, one removed takes its criteria, strategies and failures with it.
 * Each element is validated on its own; a refused one is logged against its contributing
 * bundle and remembered as a failure, and reading goes on.
 * <p>
 * The registries are changed without holding this reader's lock, because their listeners may
 * score (and so call contributed code on worker threads that report back here).
 */
public final class ContributionReader implements IRegistryEventListener {

    /** What one extension installed. */
    private static final class Installed {
        final List<Criterion> criteria = new ArrayList<>();
        final List<ScoringStrategy> strategies = new ArrayList<>();
    }

    /** A contribution read but not yet installed. */
    private record Pending<T>(IExtension extension, T contribution) {
    }

    private final IExtensionRegistry registry;
    private final CriterionRegistry criteria;
    private final StrategyRegistry strategies;
    private final ContributionFailures failures;
    private final Map<IExtension, Installed> installed = new HashMap<>();

    /**
     * @param registry the extension registry to read
     * @param criteria filled with the contributed criteria
     * @param strategies filled with the contributed strategies
     */
    public ContributionReader(IExtensionRegistry registry, CriterionRegistry criteria, StrategyRegistry strategies) {
        this.registry = registry;
        this.criteria = criteria;
        this.strategies = strategies;
        failures = new ContributionFailures(criteria, strategies);
    }

    /** Starts following the extension points and reads what they already have. */
    public void start() {
        registry.addListener(this, CRITERIA_POINT);
        registry.addListener(this, STRATEGIES_POINT);
        added(extensions(CRITERIA_POINT));
        added(extensions(STRATEGIES_POINT));
    }

    /** Stops following the extension points. */
    public void stop() {
        registry.removeListener(this);
    }

    /** @return the failures of the criteria of the extensions read, oldest first */
    public List<CriterionFailure> criterionFailures() {
        return failures.criterionFailures();
    }

    /** @return the failures of the strategies of the extensions read, oldest first */
    public List<StrategyFailure> strategyFailures() {
        return failures.strategyFailures();
    }

    private IExtension[] extensions(String pointId) {
        IExtensionPoint point = registry.getExtensionPoint(pointId);
        return point == null ? new IExtension[0] : point.getExtensions();
    }

    @Override
    public void added(IExtension[] extensions) {
        List<Pending<Criterion>> newCriteria = new ArrayList<>();
        List<Pending<ScoringStrategy>> newStrategies = new ArrayList<>();
        synchronized (this) {
            for (IExtension extension : extensions) {
                if (!installed.containsKey(extension)) {
                    installed.put(extension, new Installed());
                    read(extension, newCriteria, newStrategies);
                }
            }
        }
        if (!newCriteria.isEmpty()) {
            installCriteria(newCriteria);
        }
        for (Pending<ScoringStrategy> pending : newStrategies) {
            installStrategy(pending);
        }
    }

    @Override
    public void removed(IExtension[] extensions) {
        List<Criterion> goneCriteria = new ArrayList<>();
        List<ScoringStrategy> goneStrategies = new ArrayList<>();
        synchronized (this) {
            for (IExtension extension : extensions) {
                Installed gone = installed.remove(extension);
                if (gone != null) {
                    goneCriteria.addAll(gone.criteria);
                    goneStrategies.addAll(gone.strategies);
                    failures.forget(extension);
                }
            }
        }
        goneCriteria.forEach(this::uninstall);
        goneStrategies.forEach(this::uninstall);
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // Only the extensions of the two points matter.
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        // The points belong to this bundle: they go away only when it stops.
    }

    private void read(IExtension extension, List<Pending<Criterion>> newCriteria,
            List<Pending<ScoringStrategy>> newStrategies) {
        try {
            String contributor = extension.getContributor().getName();
            boolean criteriaPoint = CRITERIA_POINT.equals(extension.getExtensionPointUniqueIdentifier());
            for (IConfigurationElement element : extension.getConfigurationElements()) {
                readElement(extension, contributor, criteriaPoint, element, newCriteria, newStrategies);
            }
        } catch (InvalidRegistryObjectException e) {
            // Removed while being read: the removal event follows and finds nothing to undo.
        }
    }

    private void readElement(IExtension extension, String contributor, boolean criteriaPoint,
            IConfigurationElement element, List<Pending<Criterion>> newCriteria,
            List<Pending<ScoringStrategy>> newStrategies) {
        ExtensionInstance.Report report = (id, message, cause) -> failed(extension, contributor, criteriaPoint, id,
                message, cause, false);
        String expected = criteriaPoint ? CRITERION : STRATEGY;
        if (!expected.equals(element.getName())) {
            String point = criteriaPoint ? CRITERIA_POINT : STRATEGIES_POINT;
            failed(extension, contributor, criteriaPoint, "", //$NON-NLS-1$
                    Messages.format(Messages.Contribution_unexpectedElement, element.getName(), point), null, false);
            return;
        }
        try {
            if (criteriaPoint) {
                newCriteria.add(new Pending<>(extension, CriterionReader.read(element, contributor, report)));
            } else {
                newStrategies.add(new Pending<>(extension, StrategyReader.read(element, contributor, report)));
            }
        } catch (InvalidContributionException e) {
            failed(extension, contributor, criteriaPoint, e.id(), e.getMessage(), null, false);
        }
    }

    /** Adds the criteria in one change, then accounts for each: installed, or refused by the registry. */
    private void installCriteria(List<Pending<Criterion>> pending) {
        int known = criteria.failures().size();
        criteria.addAll(pending.stream().map(Pending::contribution).toList());
        List<CriterionFailure> recorded = criteria.failures();
        List<CriterionFailure> refusals = recorded.subList(Math.min(known, recorded.size()), recorded.size());
        for (Pending<Criterion> each : pending) {
            Criterion criterion = each.contribution();
            if (criteria.find(criterion.id()).orElse(null) == criterion) {
                keep(each.extension(), criterion);
            } else {
                refusals.stream()
                        .filter(f -> f.criterionId().equals(criterion.id())
                                && f.contributor().equals(criterion.contributor()))
                        .findFirst().ifPresent(f -> failed(each.extension(), f.contributor(), true, f.criterionId(),
                                f.message(), null, true));
            }
        }
    }

    private void installStrategy(Pending<ScoringStrategy> pending) {
        ScoringStrategy strategy = pending.contribution();
        int known = strategies.failures().size();
        if (strategies.add(strategy)) {
            keep(pending.extension(), strategy);
            return;
        }
        List<StrategyFailure> recorded = strategies.failures();
        recorded.subList(Math.min(known, recorded.size()), recorded.size()).stream()
                .filter(f -> f.strategyId().equals(strategy.id())).findFirst()
                .ifPresent(f -> failed(pending.extension(), strategy.contributor(), false, f.strategyId(), f.message(),
                        null, true));
    }

    private void keep(IExtension extension, Criterion criterion) {
        synchronized (this) {
            Installed owner = installed.get(extension);
            if (owner != null) {
                owner.criteria.add(criterion);
                return;
            }
        }
        uninstall(criterion);
    }

    private void keep(IExtension extension, ScoringStrategy strategy) {
        synchronized (this) {
            Installed owner = installed.get(extension);
            if (owner != null) {
                owner.strategies.add(strategy);
                return;
            }
        }
        uninstall(strategy);
    }

    private void uninstall(Criterion criterion) {
        if (criteria.find(criterion.id()).orElse(null) == criterion) {
            criteria.remove(criterion.id());
        }
    }

    private void uninstall(ScoringStrategy strategy) {
        if (strategies.find(strategy.id()).orElse(null) == strategy) {
            strategies.remove(strategy.id());
        }
    }

    /**
     * Remembers and logs a failure, unless its extension was removed meanwhile. Records and logs
     * under this reader's lock, which neither the registries nor the log hold while calling out.
     *
     * @param inRegistry whether the registry already recorded it (it records the refusals it decides)
     */
    private synchronized void failed(IExtension extension, String contributor, boolean criterion, String id,
            String message, Throwable cause, boolean inRegistry) {
        if (!installed.containsKey(extension)) {
            return;
        }
        if (criterion) {
            failures.add(extension, new CriterionFailure(id, contributor, message), cause, inRegistry);
        } else {
            failures.add(extension, new StrategyFailure(id, contributor, message), cause, inRegistry);
        }
    }
}
