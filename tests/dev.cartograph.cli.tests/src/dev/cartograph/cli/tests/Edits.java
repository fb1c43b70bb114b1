// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.persistence.ModelPersistence;

/** Versions of a portfolio file, edited as a user's session would: loaded, changed, saved. */
final class Edits {

    private Edits() {
    }

    /** Copies a file and applies an edit to the copy. */
    static Path copy(Path from, Path to, Consumer<Portfolio> edit) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        edit(to, edit);
        return to;
    }

    static void edit(Path file, Consumer<Portfolio> edit) throws IOException {
        Portfolio portfolio = ModelPersistence.load(file);
        edit.accept(portfolio);
        ModelPersistence.save(portfolio.eResource());
    }

    static Portfolio load(Path file) throws IOException {
        return ModelPersistence.load(file);
    }

    /** The first score of the use case, on the first criterion it is scored on. */
    static Score firstScore(UseCase useCase) {
        return useCase.getScores().get(0);
    }

    /** A new score by an assessor. */
    static Score score(String criterionId, double value, String assessor) {
        Score score = CartographFactory.eINSTANCE.createScore();
        score.setCriterionId(criterionId);
        score.setValue(value);
        score.setAssessor(assessor);
        return score;
    }
}
