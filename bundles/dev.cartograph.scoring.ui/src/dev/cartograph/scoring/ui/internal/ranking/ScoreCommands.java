// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.ui.internal.Messages;

/** The undoable edits of scores made from the scoring views. */
public final class ScoreCommands {

    private ScoreCommands() {
    }

    /**
     * Records an assessor's value of a use case on a criterion: sets the value (and the date)
     * of that assessor's score, or adds a score for the assessor when there is none.
     *
     * @param domain the editing domain of the use case's editor
     * @param useCase the use case
     * @param criterion the criterion
     * @param assessor the assessor's name
     * @param value the value, on the criterion's scale
     * @param today the date written on the score
     * @return the command, labelled for the Undo menu
     */
    public static Command setScore(EditingDomain domain, UseCase useCase, Criterion criterion, String assessor,
            double value, LocalDate today) {
        String label = NLS.bind(Messages.ScoreCommand_label, criterion.label(), useCase.getName());
        CompoundCommand command = new CompoundCommand(label);
        Score existing = find(useCase, criterion.id(), assessor);
        if (existing != null) {
            command.append(SetCommand.create(domain, existing, CartographPackage.Literals.SCORE__VALUE, value));
            if (!today.equals(existing.getDate())) {
                command.append(SetCommand.create(domain, existing, CartographPackage.Literals.SCORE__DATE, today));
            }
        } else {
            Score score = CartographFactory.eINSTANCE.createScore();
            score.setCriterionId(criterion.id());
            score.setValue(value);
            score.setAssessor(assessor);
            score.setDate(today);
            command.append(AddCommand.create(domain, useCase, CartographPackage.Literals.USE_CASE__SCORES, score));
        }
        return command;
    }

    /**
     * @param useCase a use case
     * @param criterionId a criterion id
     * @param assessor an assessor's name
     * @return that assessor's score of the use case on the criterion, or {@code null}
     */
    public static Score find(UseCase useCase, String criterionId, String assessor) {
        for (Score score : useCase.getScores()) {
            if (criterionId.equals(score.getCriterionId()) && Objects.equals(assessor, score.getAssessor())) {
                return score;
            }
        }
        return null;
    }
}
