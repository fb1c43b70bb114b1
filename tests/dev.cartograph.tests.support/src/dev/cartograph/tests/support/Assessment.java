// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.FACTORY;

import java.time.LocalDate;

import dev.cartograph.model.Confidence;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;

/** One assessor's scores for one use case, recorded in one session. */
final class Assessment {

    private final UseCase useCase;
    private final String assessor;
    private final LocalDate date;

    private Assessment(UseCase useCase, String assessor, LocalDate date) {
        this.useCase = useCase;
        this.assessor = assessor;
        this.date = date;
    }

    static Assessment of(UseCase useCase, String assessor, LocalDate date) {
        return new Assessment(useCase, assessor, date);
    }

    /** Records a value on the 1-5 scale of the criterion, with the reason for it. */
    Assessment rate(String criterionId, int value, Confidence confidence, String rationale) {
        Score score = FACTORY.createScore();
        score.setCriterionId(criterionId);
        score.setValue(value);
        score.setConfidence(confidence);
        score.setRationale(rationale);
        score.setAssessor(assessor);
        score.setDate(date);
        useCase.getScores().add(score);
        return this;
    }
}
