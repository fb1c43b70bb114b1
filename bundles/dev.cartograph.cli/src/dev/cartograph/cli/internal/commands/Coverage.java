// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.List;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;

/**
 * The columns that say how much of the grid a use case's scores rest on, shown when the
 * portfolio ranks on partial scores: how many enabled criteria are scored, the share of their
 * weight those carry, and whether the use case is ranked on partial scores.
 */
final class Coverage {

    private Coverage() {
    }

    /**
     * @param invocation the invocation
     * @param result the scoring
     * @return the columns {@code scored}, {@code weightCoverage} and {@code partial}
     */
    static List<Column> columns(Invocation invocation, ScoringResult result) {
        return List.of(Column.integer("scored", invocation.text("Column_scored", //$NON-NLS-1$ //$NON-NLS-2$
                result.parameters().enabledCriteria().size())),
                Column.percent("weightCoverage", invocation.text("Column_weightCoverage"), 0), //$NON-NLS-1$ //$NON-NLS-2$
                Column.bool("partial", invocation.text("Column_partial"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param score a use case's score
     * @return its values in {@link #columns}
     */
    static List<Object> values(UseCaseScore score) {
        return List.of(score.scoredCount(), score.weightCoverage(), score.isPartial());
    }
}
