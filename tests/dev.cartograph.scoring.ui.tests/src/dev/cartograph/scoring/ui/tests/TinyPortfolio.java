// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import java.util.OptionalDouble;
import java.util.function.Function;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.StrategyRegistry;

/**
 * A portfolio scored on two criteria of weight 1, "value" (impact, 1-5, with a rubric) and
 * "effort" (feasibility, a cost, 1-5): on 0-100 a value v is (v - 1) x 25, an effort e is
 * 100 - (e - 1) x 25; impact is the value, feasibility the effort, overall their mean.
 */
public final class TinyPortfolio {

    /** The impact criterion. */
    public static final Criterion VALUE = Criterion.builder("value").label("Value") //$NON-NLS-1$ //$NON-NLS-2$
            .scale(Scale.of(1, 5, "None", "Low", "Some", "High", "Top")).side(Side.IMPACT).build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** The feasibility criterion, a cost. */
    public static final Criterion EFFORT = Criterion.builder("effort").label("Effort") //$NON-NLS-1$ //$NON-NLS-2$
            .scale(Scale.of(1, 5)).side(Side.FEASIBILITY).direction(Direction.COST).build();

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    /** The portfolio. */
    public final Portfolio portfolio;

    /** Creates an empty portfolio. */
    public TinyPortfolio() {
        portfolio = FACTORY.createPortfolio();
        portfolio.setName("Tiny"); //$NON-NLS-1$
        portfolio.setCurrency("EUR"); //$NON-NLS-1$
    }

    /** @return an engine with the two criteria */
    public static ScoringEngine engine() {
        return engine(VALUE, EFFORT);
    }

    /**
     * @param criteria the installed criteria
     * @return an engine with them
     */
    public static ScoringEngine engine(Criterion... criteria) {
        CriterionRegistry registry = new CriterionRegistry();
        for (Criterion criterion : criteria) {
            registry.add(criterion);
        }
        return new ScoringEngine(registry, new StrategyRegistry());
    }

    /**
     * @param id its id
     * @param contributor who contributes it
     * @param compute how it computes a value
     * @return a computed impact criterion
     */
    public static Criterion computed(String id, String contributor, Function<UseCase, OptionalDouble> compute) {
        return Criterion.builder(id).label(id).contributor(contributor).side(Side.IMPACT).computedBy(compute).build();
    }

    /**
     * Adds a use case scored by "Ann".
     *
     * @param name its name
     * @param scope its scope
     * @param status its status
     * @param value its value, or {@code NaN} for none
     * @param effort its effort, or {@code NaN} for none
     * @return the use case
     */
    public UseCase add(String name, Scope scope, UseCaseStatus status, double value, double effort) {
        UseCase useCase = FACTORY.createUseCase();
        useCase.setName(name);
        useCase.setScope(scope);
        useCase.setStatus(status);
        if (status == UseCaseStatus.REJECTED) {
            useCase.setRejectionReason("Out of budget"); //$NON-NLS-1$
        }
        if (!Double.isNaN(value)) {
            useCase.getScores().add(score(VALUE.id(), value, "Ann")); //$NON-NLS-1$
        }
        if (!Double.isNaN(effort)) {
            useCase.getScores().add(score(EFFORT.id(), effort, "Ann")); //$NON-NLS-1$
        }
        portfolio.getUseCases().add(useCase);
        return useCase;
    }

    /**
     * @param name a wave's name
     * @return a new wave of the portfolio's roadmap
     */
    public Wave wave(String name) {
        if (portfolio.getRoadmap() == null) {
            Roadmap roadmap = FACTORY.createRoadmap();
            roadmap.setName("Roadmap"); //$NON-NLS-1$
            portfolio.setRoadmap(roadmap);
        }
        Wave wave = FACTORY.createWave();
        wave.setName(name);
        portfolio.getRoadmap().getWaves().add(wave);
        return wave;
    }

    /**
     * @return a score
     */
    public static Score score(String criterionId, double value, String assessor) {
        Score score = FACTORY.createScore();
        score.setCriterionId(criterionId);
        score.setValue(value);
        score.setAssessor(assessor);
        return score;
    }
}
