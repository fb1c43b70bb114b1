// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;

import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.ValueSource;

/** Tags the ranking's cells for styling and editing, from the snapshot only. */
final class RankingLabels implements IConfigLabelAccumulator {

    static final String GROUP = "GROUP"; //$NON-NLS-1$
    static final String NUMERIC = "NUMERIC"; //$NON-NLS-1$
    static final String CRITERION = "CRITERION"; //$NON-NLS-1$
    static final String CRITERION_PREFIX = "CRITERION_"; //$NON-NLS-1$
    static final String EDITABLE = "EDITABLE"; //$NON-NLS-1$
    static final String WAVE = "WAVE"; //$NON-NLS-1$
    static final String SCORE = "SCORE"; //$NON-NLS-1$
    static final String NAME = "NAME"; //$NON-NLS-1$
    static final String QUADRANT_PREFIX = "QUADRANT_"; //$NON-NLS-1$
    static final String STANDING_PREFIX = "STANDING_"; //$NON-NLS-1$
    static final String REJECTED_ROW = "REJECTED_ROW"; //$NON-NLS-1$
    static final String FLAGS = "FLAGS"; //$NON-NLS-1$
    static final String DISPUTED = "DISPUTED"; //$NON-NLS-1$
    static final String LOW_CONFIDENCE = "LOW_CONFIDENCE"; //$NON-NLS-1$
    static final String COMPUTED = "COMPUTED"; //$NON-NLS-1$
    static final String MISSING = "MISSING"; //$NON-NLS-1$
    static final String OUT_OF_SCALE = "OUT_OF_SCALE"; //$NON-NLS-1$

    private final RankingModel model;

    RankingLabels(RankingModel model) {
        this.model = model;
    }

    @Override
    public void accumulateConfigLabels(LabelStack labels, int columnPosition, int rowPosition) {
        if (rowPosition < 0 || rowPosition >= model.size() || columnPosition >= model.columns().size()) {
            return;
        }
        Object line = model.rowAt(rowPosition);
        if (!(line instanceof RankingRow row)) {
            labels.addLabel(GROUP);
            return;
        }
        RankingColumn column = model.columns().get(columnPosition);
        if (column.isNumeric()) {
            labels.addLabel(NUMERIC);
        }
        if (row.score().standing() == Standing.REJECTED) {
            labels.addLabel(REJECTED_ROW);
        }
        switch (column.kind()) {
            case NAME -> labels.addLabel(NAME);
            case IMPACT, FEASIBILITY, OVERALL -> labels.addLabel(SCORE);
            case QUADRANT -> {
                if (row.score().quadrant() != null) {
                    labels.addLabel(QUADRANT_PREFIX + row.score().quadrant().name());
                }
            }
            case STANDING -> labels.addLabel(STANDING_PREFIX + row.score().standing().name());
            case FLAGS -> labels.addLabel(FLAGS);
            case WAVE -> {
                labels.addLabel(WAVE);
                labels.addLabel(EDITABLE);
            }
            case CRITERION -> criterionLabels(labels, column, row, columnPosition);
            default -> {
                // no specific label
            }
        }
    }

    private static void criterionLabels(LabelStack labels, RankingColumn column, RankingRow row, int columnPosition) {
        labels.addLabel(CRITERION);
        labels.addLabel(CRITERION_PREFIX + columnPosition);
        labels.addLabel(EDITABLE);
        CriterionScore score = column.criterionScore(row);
        if (score.source() == ValueSource.MISSING) {
            labels.addLabel(MISSING);
        } else if (score.source() == ValueSource.COMPUTED) {
            labels.addLabel(COMPUTED);
        }
        if (score.flags().contains(ScoreFlag.DISPUTED)) {
            labels.addLabel(DISPUTED);
        }
        if (score.flags().contains(ScoreFlag.LOW_CONFIDENCE)) {
            labels.addLabel(LOW_CONFIDENCE);
        }
        if (score.flags().contains(ScoreFlag.OUT_OF_SCALE) || score.flags().contains(ScoreFlag.COMPUTE_FAILED)) {
            labels.addLabel(OUT_OF_SCALE);
        }
    }
}
