// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.UnknownCriterion;
import dev.cartograph.scoring.UseCaseScore;

/** What the reports on one scored portfolio share: their header fields and their notes. */
final class Reports {

    private Reports() {
    }

    /**
     * Adds the file and the portfolio's name.
     *
     * @param document the document
     * @param invocation the invocation
     * @param loaded the portfolio
     */
    static void header(Document document, Invocation invocation, LoadedPortfolio loaded) {
        document.field("file", invocation.text("Field_file"), loaded.name()); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("portfolio", invocation.text("Field_portfolio"), loaded.portfolio().getName()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Adds the strategy used.
     *
     * @param document the document
     * @param invocation the invocation
     * @param result the scoring
     */
    static void strategy(Document document, Invocation invocation, ScoringResult result) {
        document.field("strategy", invocation.text("Field_strategy"), //$NON-NLS-1$ //$NON-NLS-2$
                new Label(result.strategy().id(), result.strategy().label()));
        rankingMode(document, invocation, result);
    }

    /**
     * Adds how the portfolio ranks: strictly, or on partial scores with the minimum coverage, and
     * how many criteria are enabled.
     *
     * @param document the document
     * @param invocation the invocation
     * @param result the scoring
     */
    static void rankingMode(Document document, Invocation invocation, ScoringResult result) {
        boolean partial = result.parameters().partialRanking();
        document.field("rankingMode", invocation.text("Field_rankingMode"), partial //$NON-NLS-1$ //$NON-NLS-2$
                ? new Label("partial", invocation.text("RankingMode_partial", result.parameters().minimumCoverage())) //$NON-NLS-1$ //$NON-NLS-2$
                : new Label("strict", invocation.text("RankingMode_strict"))); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("enabledCriteria", invocation.text("Field_criteriaEnabled"), //$NON-NLS-1$ //$NON-NLS-2$
                result.parameters().enabledCriteria().size());
    }

    /**
     * Adds what a reader of any score must know: configuration problems, how many use cases are
     * ranked on partial scores (or, ranking strictly, how many partial ranking would rank), scores
     * naming criteria no plug-in provides, contributions that failed.
     *
     * @param document the document
     * @param invocation the invocation
     * @param result the scoring
     */
    static void notes(Document document, Invocation invocation, ScoringResult result) {
        result.problems().forEach(document::note);
        if (result.parameters().partialRanking()) {
            long partial = result.ranking().stream().filter(UseCaseScore::isPartial).count();
            if (partial > 0) {
                document.note(invocation.text("Note_partialRanked", partial)); //$NON-NLS-1$
            }
        } else if (result.all().stream().anyMatch(s -> s.standing() == Standing.INCOMPLETE)) {
            // say so only when partial ranking would rank some of them
            ScoringResult partial = invocation.environment().engine().score(result.portfolio(), true);
            long rankable = result.all().stream().filter(s -> s.standing() == Standing.INCOMPLETE
                    && partial.find(s.useCase()).map(UseCaseScore::isRanked).orElse(false)).count();
            if (rankable > 0) {
                document.note(invocation.text("Note_strictIncomplete", rankable)); //$NON-NLS-1$
            }
        }
        for (UnknownCriterion unknown : result.unknownCriteria()) {
            document.note(invocation.text("Note_unknownCriterion", unknown.criterionId(), unknown.useCases().size())); //$NON-NLS-1$
        }
        for (CriterionFailure failure : result.failures()) {
            document.note(invocation.text("Note_criterionFailed", failure.criterionId(), failure.contributor(), //$NON-NLS-1$
                    failure.message()));
        }
        result.strategyFailure().ifPresent((StrategyFailure failure) -> document.note(invocation
                .text("Note_strategyFailed", failure.strategyId(), failure.contributor(), failure.message()))); //$NON-NLS-1$
    }
}
