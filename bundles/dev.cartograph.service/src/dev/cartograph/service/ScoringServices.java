// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.service.internal.ContributionReader;
import dev.cartograph.service.internal.DefaultServices;
import dev.cartograph.service.internal.Messages;

/**
 * The criteria and scoring strategies contributed by plug-ins, in the scoring core's plain
 * registries. The registries are filled when the services are opened and follow the extension
 * registry afterwards: a plug-in installed or uninstalled at run time adds or removes its
 * contributions, and the registries' listeners (for example a
 * {@link dev.cartograph.scoring.ScoringSession}) are told on the thread that delivers the
 * registry event, which is not the UI thread.
 * <p>
 * Every contribution is validated. One that is refused is logged against its contributing
 * bundle and listed in {@link #criterionFailures()} or {@link #strategyFailures()}; the others
 * are installed. Contributed classes are created the first time they are needed, and every
 * call into them runs through {@link org.eclipse.core.runtime.SafeRunner}: a broken plug-in
 * costs only its own contribution.
 * <p>
 * Thread-safe.
 */
public final class ScoringServices {

    /** The full id of the extension point through which plug-ins contribute criteria. */
    public static final String CRITERIA_EXTENSION_POINT = "dev.cartograph.criteria"; //$NON-NLS-1$

    /** The full id of the extension point through which plug-ins contribute scoring strategies. */
    public static final String STRATEGIES_EXTENSION_POINT = "dev.cartograph.scoringStrategies"; //$NON-NLS-1$

    private final CriterionRegistry criteria = new CriterionRegistry();
    private final StrategyRegistry strategies = new StrategyRegistry();
    private final ContributionReader reader;

    private ScoringServices(IExtensionRegistry registry) {
        reader = new ContributionReader(registry, criteria, strategies);
    }

    /**
     * Returns the services of the running platform, reading its extension registry the first
     * time. The instance lives until this bundle stops; do not dispose it.
     *
     * @return the shared services
     * @throws IllegalStateException if no extension registry is running (outside Eclipse: fill
     *         a {@link CriterionRegistry} in code instead)
     */
    public static ScoringServices getDefault() {
        return DefaultServices.get(() -> {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            if (registry == null) {
                throw new IllegalStateException(Messages.format(Messages.Services_noRegistry));
            }
            return open(registry);
        });
    }

    /**
     * Opens services of their own on an extension registry: fresh registries, filled now and
     * following the extension registry until {@link #dispose()}. For tools and tests that must
     * not share the default instance's state.
     *
     * @param registry the extension registry that declares the two extension points
     * @return the services, open
     */
    public static ScoringServices open(IExtensionRegistry registry) {
        ScoringServices services = new ScoringServices(Objects.requireNonNull(registry));
        services.reader.start();
        return services;
    }

    /** Stops following the extension registry; the registries keep their content. */
    public void dispose() {
        reader.stop();
    }

    /** @return the installed criteria, in the order the extension registry gave them */
    public CriterionRegistry criteria() {
        return criteria;
    }

    /** @return the installed strategies, the default weighted sum first */
    public StrategyRegistry strategies() {
        return strategies;
    }

    /**
     * Lists why contributions of the installed plug-ins were refused or failed: an invalid
     * definition, a duplicate id, a computer class that could not be created. A plug-in's
     * failures are forgotten when it is uninstalled. Failures of single calls (a computed
     * value that throws, for example) are in each {@link dev.cartograph.scoring.ScoringResult}.
     *
     * @return the failures, oldest first, each naming its contributing bundle
     */
    public List<CriterionFailure> criterionFailures() {
        return reader.criterionFailures();
    }

    /**
     * Lists why scoring strategies of the installed plug-ins were refused or could not be
     * created; see {@link #criterionFailures()}.
     *
     * @return the failures, oldest first, each naming its contributing bundle
     */
    public List<StrategyFailure> strategyFailures() {
        return reader.strategyFailures();
    }

    /**
     * Creates an engine on these registries with the default budget for computed values.
     *
     * @return a new engine
     */
    public ScoringEngine createEngine() {
        return new ScoringEngine(criteria, strategies);
    }

    /**
     * Creates an engine on these registries.
     *
     * @param computeBudget the longest a single computed-value call may take
     * @return a new engine
     */
    public ScoringEngine createEngine(Duration computeBudget) {
        return new ScoringEngine(criteria, strategies, computeBudget);
    }
}
