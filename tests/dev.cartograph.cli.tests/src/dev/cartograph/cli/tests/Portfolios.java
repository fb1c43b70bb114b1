// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Score;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * Portfolios for the command line's tests, scored on {@link TestCriteria#grid()} (value and effort,
 * weight 1 each, thresholds 50), written to files.
 * <p>
 * The grid portfolio, worked out by hand (impact = value points, feasibility = effort points,
 * overall = their mean):
 * <ul>
 * <li>Alpha, internal, approved: value 5, effort 1: 100, 100, 100, quick win, rank 1</li>
 * <li>Bravo, external, qualified: value 4, effort 2: 75, 75, 75, quick win, rank 2</li>
 * <li>Charlie, internal, idea: value 2, effort 2: 25, 75, 50, fill-in, rank 3</li>
 * <li>Delta, external, idea: value 1, effort 4: 0, 25, 12.5, drop, rank 4</li>
 * <li>Echo, rejected ("Too risky"): value 5, effort 1: not ranked</li>
 * <li>Foxtrot, idea: value 3, no effort: incomplete</li>
 * <li>Golf, qualified: value 5, effort 5: blocked by the gate "effort at least 5: Too hard"</li>
 * </ul>
 */
@SuppressWarnings("nls")
final class Portfolios {

    static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    private Portfolios() {
    }

    /** @return the grid portfolio described above */
    static Portfolio grid() {
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName("Grid");
        ScoringConfiguration scoring = FACTORY.createScoringConfiguration();
        Gate gate = FACTORY.createGate();
        gate.setCriterionId(TestCriteria.EFFORT);
        gate.setOperator(GateOperator.AT_LEAST);
        gate.setValue(5);
        gate.setEffect(GateEffect.BLOCK);
        gate.setReason("Too hard");
        scoring.getGates().add(gate);
        portfolio.setScoring(scoring);
        portfolio.getUseCases().add(useCase("Alpha", Scope.INTERNAL, UseCaseStatus.APPROVED, 5, 1));
        portfolio.getUseCases().add(useCase("Bravo", Scope.EXTERNAL, UseCaseStatus.QUALIFIED, 4, 2));
        portfolio.getUseCases().add(useCase("Charlie", Scope.INTERNAL, UseCaseStatus.IDEA, 2, 2));
        portfolio.getUseCases().add(useCase("Delta", Scope.EXTERNAL, UseCaseStatus.IDEA, 1, 4));
        UseCase echo = useCase("Echo", Scope.INTERNAL, UseCaseStatus.REJECTED, 5, 1);
        echo.setRejectionReason("Too risky");
        portfolio.getUseCases().add(echo);
        portfolio.getUseCases().add(useCase("Foxtrot", Scope.INTERNAL, UseCaseStatus.IDEA, 3, null));
        portfolio.getUseCases().add(useCase("Golf", Scope.EXTERNAL, UseCaseStatus.QUALIFIED, 5, 5));
        return portfolio;
    }

    /**
     * @param name its name
     * @param scope its scope
     * @param status its status
     * @param value its value score
     * @param effort its effort score, or {@code null} for none
     * @return a use case scored by one assessor
     */
    static UseCase useCase(String name, Scope scope, UseCaseStatus status, double value, Integer effort) {
        UseCase useCase = FACTORY.createUseCase();
        useCase.setName(name);
        useCase.setScope(scope);
        useCase.setStatus(status);
        useCase.getScores().add(score(TestCriteria.VALUE, value));
        if (effort != null) {
            useCase.getScores().add(score(TestCriteria.EFFORT, effort));
        }
        return useCase;
    }

    /**
     * @param criterionId the criterion
     * @param value the value
     * @return a score with a rationale
     */
    static Score score(String criterionId, double value) {
        Score score = FACTORY.createScore();
        score.setCriterionId(criterionId);
        score.setValue(value);
        score.setAssessor("Ann");
        score.setRationale("Workshop");
        return score;
    }

    /**
     * Saves a portfolio; afterwards {@link ModelPersistence#getId} gives the ids the file holds.
     *
     * @param portfolio the portfolio
     * @param directory the directory
     * @param name the file's name
     * @return the file
     */
    static Path write(Portfolio portfolio, Path directory, String name) {
        Path file = directory.resolve(name);
        try {
            ModelPersistence.save(portfolio, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * @param portfolio a saved portfolio
     * @param name a use case's name
     * @return that use case
     */
    static UseCase find(Portfolio portfolio, String name) {
        return portfolio.getUseCases().stream().filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
    }

    /**
     * @param portfolio a saved portfolio
     * @param name a use case's name
     * @return that use case's id in the file
     */
    static String id(Portfolio portfolio, String name) {
        return ModelPersistence.getId(find(portfolio, name));
    }
}
