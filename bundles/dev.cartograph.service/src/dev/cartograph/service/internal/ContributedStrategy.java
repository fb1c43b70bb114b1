// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.LinearScoringStrategy;
import dev.cartograph.scoring.Scores;
import dev.cartograph.scoring.ScoringStrategy;

/**
 * A scoring strategy read from a {@code strategy} element. Its id and label come from the
 * element, not from the class, so that listing strategies loads no plug-in code. The class is
 * created on the first evaluation and called through {@link org.eclipse.core.runtime.SafeRunner};
 * what it throws reaches the engine, which then falls back to the weighted sum and reports the
 * failure against the contributor.
 */
public class ContributedStrategy implements ScoringStrategy {

    private final String id;
    private final String label;
    private final String contributor;
    private final ExtensionInstance<ScoringStrategy> code;
    private final AtomicBoolean logged = new AtomicBoolean();

    private ContributedStrategy(String id, String label, String contributor, ExtensionInstance<ScoringStrategy> code) {
        this.id = id;
        this.label = label;
        this.contributor = contributor;
        this.code = code;
    }

    /**
     * @param id the identifier
     * @param label the localised name
     * @param contributor the contributing bundle's name
     * @param code the contributed class
     * @param linear whether the element declares the strategy linear
     * @return the strategy; a {@link LinearScoringStrategy} if declared linear
     */
    static ContributedStrategy of(String id, String label, String contributor, ExtensionInstance<ScoringStrategy> code,
            boolean linear) {
        return linear ? new Linear(id, label, contributor, code) : new ContributedStrategy(id, label, contributor, code);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final String contributor() {
        return contributor;
    }

    @Override
    public final Scores evaluate(List<CriterionScore> criteria) {
        ScoringStrategy strategy = code.get();
        return SafeCall.run(() -> strategy.evaluate(criteria), logged);
    }

    @Override
    public String toString() {
        return id + " (" + contributor + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A contributed strategy declared linear; its class must implement {@link LinearScoringStrategy}. */
    private static final class Linear extends ContributedStrategy implements LinearScoringStrategy {
        Linear(String id, String label, String contributor, ExtensionInstance<ScoringStrategy> code) {
            super(id, label, contributor, code);
        }
    }
}
