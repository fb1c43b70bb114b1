// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

import dev.cartograph.report.Paper;
import dev.cartograph.report.ReportFormat;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.UseCaseScore;

/**
 * What the user chose in the report dialog.
 *
 * @param format PDF or HTML
 * @param paper the page size
 * @param locale the report's language
 * @param templateFolder the organisation's templates, or {@code null} for the shipped ones
 * @param summary whether the cover, executive summary and appendix come
 * @param onePagers whether the one-pagers come
 * @param quadrant only the use cases of that quadrant, or {@code null} for all
 * @param wave only the use cases of the wave of that name, or {@code null} for all
 * @param output the file to write
 */
record ReportChoices(ReportFormat format, Paper paper, Locale locale, Path templateFolder, boolean summary,
        boolean onePagers, Quadrant quadrant, String wave, Path output) {

    /** @return which use cases of the portfolio get a one-pager */
    Predicate<UseCaseScore> filter() {
        return score -> (quadrant == null || score.quadrant() == quadrant) && (wave == null
                || score.useCase().getWave() != null && wave.equals(score.useCase().getWave().getName()));
    }
}
