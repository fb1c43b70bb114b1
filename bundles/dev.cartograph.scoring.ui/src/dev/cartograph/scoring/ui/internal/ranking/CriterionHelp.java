// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.cartograph.model.Aggregation;
import dev.cartograph.model.Score;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.ValueSource;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringTexts;

/** Explains a use case's value on a criterion, and how to score it, for tool tips and the help area. */
final class CriterionHelp {

    private CriterionHelp() {
    }

    /**
     * @param row a line
     * @param column a criterion column
     * @param aggregation how assessors' values combine
     * @param assessor the current assessor's name
     * @return where the value comes from, its warnings and the assessor's own score
     */
    static String value(RankingRow row, RankingColumn column, Aggregation aggregation, String assessor) {
        CriterionScore score = column.criterionScore(row);
        List<String> lines = new ArrayList<>();
        String label = column.criterion().label();
        if (score.source() == ValueSource.MISSING) {
            lines.add(NLS.bind(Messages.Help_missing, label));
        } else if (score.source() == ValueSource.COMPUTED) {
            lines.add(NLS.bind(Messages.Help_computed, label, ScoringTexts.value(score.value())));
        } else if (score.assessments() <= 1) {
            lines.add(NLS.bind(Messages.Help_single, label, ScoringTexts.value(score.value())));
        } else {
            lines.add(NLS.bind(Messages.Help_aggregated, new Object[] { label, ScoringTexts.value(score.value()),
                    aggregationLabel(aggregation), score.assessments(), ScoringTexts.value(score.spread()) }));
        }
        for (ScoreFlag flag : score.flags()) {
            lines.add("\u26A0 " + flag.label()); //$NON-NLS-1$
        }
        Score own = ScoreCommands.find(row.useCase(), column.criterion().id(), assessor);
        lines.add(own == null ? NLS.bind(Messages.Help_ownNone, assessor)
                : NLS.bind(Messages.Help_own, assessor, ScoringTexts.value(own.getValue())));
        return String.join("\n", lines); //$NON-NLS-1$
    }

    /**
     * @param aggregation an aggregation, or {@code null}
     * @return its name
     */
    static String aggregationLabel(Aggregation aggregation) {
        if (aggregation == null) {
            return Messages.Aggregation_median;
        }
        return switch (aggregation) {
            case MEDIAN -> Messages.Aggregation_median;
            case MEAN -> Messages.Aggregation_mean;
            case MINIMUM -> Messages.Aggregation_minimum;
            case MAXIMUM -> Messages.Aggregation_maximum;
        };
    }
}
