// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.Labels;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Rank;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;

/** {@code score FILE}: every use case's impact, feasibility, overall score, quadrant and standing, in model order. */
public final class ScoreCommand extends ScoredPortfolioCommand {

    @Override
    public String name() {
        return "score"; //$NON-NLS-1$
    }

    @Override
    Reporter reporter(Invocation invocation) {
        return (loaded, result) -> report(invocation, loaded, result);
    }

    static Document report(Invocation invocation, LoadedPortfolio loaded, ScoringResult result) {
        Labels labels = new Labels(invocation.locale());
        Document document = new Document("score", invocation.text("Title_score", loaded.name())); //$NON-NLS-1$ //$NON-NLS-2$
        Reports.header(document, invocation, loaded);
        Reports.strategy(document, invocation, result);
        document.field("impactThreshold", invocation.text("Field_impactThreshold"), //$NON-NLS-1$ //$NON-NLS-2$
                result.parameters().impactThreshold());
        document.field("feasibilityThreshold", invocation.text("Field_feasibilityThreshold"), //$NON-NLS-1$ //$NON-NLS-2$
                result.parameters().feasibilityThreshold());
        boolean partial = result.parameters().partialRanking();
        List<Column> columns = new ArrayList<>(List.of(Column.rank("rank", invocation.text("Column_rank")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("name", invocation.text("Column_useCase")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("scope", invocation.text("Column_scope")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("status", invocation.text("Column_status")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("standing", invocation.text("Column_standing")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("impact", invocation.text("Column_impact"), 1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("feasibility", invocation.text("Column_feasibility"), 1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("overall", invocation.text("Column_overall"), 1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("quadrant", invocation.text("Column_quadrant")))); //$NON-NLS-1$ //$NON-NLS-2$
        if (partial) {
            columns.addAll(Coverage.columns(invocation, result));
        }
        columns.add(Column.text("flags", invocation.text("Column_flags"))); //$NON-NLS-1$ //$NON-NLS-2$
        columns.add(Column.text("id", invocation.text("Column_id"))); //$NON-NLS-1$ //$NON-NLS-2$
        Section section = document.section(new Section("useCases", invocation.text("Section_useCases"), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Empty_useCases"), columns.toArray(Column[]::new))); //$NON-NLS-1$
        for (UseCaseScore score : result.all()) {
            List<Object> row = new ArrayList<>(Arrays.asList(Rank.of(result, score.useCase()),
                    score.name(), labels.scope(score.scope()), labels.status(score.status()), labels.standing(score.standing()),
                    score.impact(), score.feasibility(), score.overall(), labels.quadrant(score.quadrant())));
            if (partial) {
                row.addAll(Coverage.values(score));
            }
            row.add(labels.flags(score.flags()));
            row.add(Labels.id(score.useCase()));
            section.add(row.toArray());
        }
        Reports.notes(document, invocation, result);
        return document;
    }
}
