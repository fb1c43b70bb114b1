// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.Labels;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Rank;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;

/**
 * {@code rank FILE}: the ranking, best first, then apart the use cases left out of it, each with
 * its reason: gated (blocked or not ready, with the gates that apply), incomplete (with the
 * criteria it has no value for) and rejected (with the rejection reason). {@code --columns KEY,...}
 * adds the portfolio's own properties as columns.
 */
public final class RankCommand extends ScoredPortfolioCommand {

    @Override
    public String name() {
        return "rank"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(PropertyColumns.OPTION, "KEY,KEY,...", "Option_columns"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(UnitCounts.OPTION, null, "Option_byUnit"), //$NON-NLS-1$
                OptionSpec.PARTIAL, OptionSpec.FORMAT);
    }

    @Override
    Reporter reporter(Invocation invocation) {
        return (loaded, result) -> {
            Document document = report(invocation, loaded, result, PropertyColumns.of(invocation, loaded));
            if (invocation.option(UnitCounts.OPTION).isPresent()) {
                UnitCounts.add(document, invocation, result);
            }
            return document;
        };
    }

    /**
     * @param invocation the invocation (language, texts)
     * @param loaded the portfolio
     * @param result its scoring
     * @return the ranking document, without property columns
     */
    public static Document report(Invocation invocation, LoadedPortfolio loaded, ScoringResult result) {
        return report(invocation, loaded, result, PropertyColumns.NONE);
    }

    private static Document report(Invocation invocation, LoadedPortfolio loaded, ScoringResult result,
            PropertyColumns properties) {
        Labels labels = new Labels(invocation.locale());
        Document document = new Document("rank", invocation.text("Title_rank", loaded.name())); //$NON-NLS-1$ //$NON-NLS-2$
        Reports.header(document, invocation, loaded);
        Reports.strategy(document, invocation, result);
        boolean partial = result.parameters().partialRanking();
        List<Column> columns = new ArrayList<>(List.of(Column.rank("rank", invocation.text("Column_rank")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("name", invocation.text("Column_useCase")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("overall", invocation.text("Column_overall"), 1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("impact", invocation.text("Column_impact"), 1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("feasibility", invocation.text("Column_feasibility"), 1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("quadrant", invocation.text("Column_quadrant")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("scope", invocation.text("Column_scope")))); //$NON-NLS-1$ //$NON-NLS-2$
        if (partial) {
            // ranking strictly, every ranked use case is scored on every criterion: nothing to show
            columns.addAll(Coverage.columns(invocation, result));
        }
        columns.addAll(properties.columns(invocation.locale()));
        columns.add(Column.text("id", invocation.text("Column_id"))); //$NON-NLS-1$ //$NON-NLS-2$
        Section ranking = document.section(new Section("ranking", invocation.text("Section_ranking"), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Empty_ranking"), columns.toArray(Column[]::new))); //$NON-NLS-1$
        for (UseCaseScore score : result.ranking()) {
            List<Object> row = new ArrayList<>(Arrays.asList(Rank.of(result, score.useCase()), score.name(), score.overall(),
                    score.impact(), score.feasibility(), labels.quadrant(score.quadrant()), labels.scope(score.scope())));
            if (partial) {
                row.addAll(Coverage.values(score));
            }
            row.addAll(properties.values(score.useCase()));
            row.add(Labels.id(score.useCase()));
            ranking.add(row.toArray());
        }
        Section gated = document.section(leftOut("gated", invocation.text("Section_gated"), invocation, properties)); //$NON-NLS-1$ //$NON-NLS-2$
        Section incomplete = document.section(leftOut("incomplete", invocation.text("Section_incomplete"), invocation, //$NON-NLS-1$ //$NON-NLS-2$
                properties));
        Section rejected = document.section(leftOut("rejected", invocation.text("Section_rejected"), invocation, //$NON-NLS-1$ //$NON-NLS-2$
                properties));
        for (UseCaseScore score : result.all()) {
            Section section = switch (score.standing()) {
            case BLOCKED, NOT_READY -> gated;
            case INCOMPLETE -> incomplete;
            case REJECTED -> rejected;
            case RANKED -> null;
            };
            if (section != null) {
                List<Object> row = new ArrayList<>(Arrays.asList(score.name(), labels.standing(score.standing())));
                row.addAll(properties.values(score.useCase()));
                row.add(Labels.id(score.useCase()));
                row.add(reason(invocation, score));
                section.add(row.toArray());
            }
        }
        Reports.notes(document, invocation, result);
        return document;
    }

    private static Section leftOut(String key, String title, Invocation invocation, PropertyColumns properties) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("name", invocation.text("Column_useCase")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("standing", invocation.text("Column_standing")))); //$NON-NLS-1$ //$NON-NLS-2$
        columns.addAll(properties.columns(invocation.locale()));
        columns.add(Column.text("id", invocation.text("Column_id"))); //$NON-NLS-1$ //$NON-NLS-2$
        columns.add(Column.text("reason", invocation.text("Column_reason"))); //$NON-NLS-1$ //$NON-NLS-2$
        return new Section(key, title, null, columns.toArray(Column[]::new));
    }

    /**
     * @param invocation the invocation
     * @param score a use case left out of the ranking
     * @return why it is left out
     */
    static String reason(Invocation invocation, UseCaseScore score) {
        Standing standing = score.standing();
        return switch (standing) {
        case BLOCKED, NOT_READY -> score.gates().stream().map(hit -> hit.message(invocation.locale()))
                .collect(Collectors.joining("; ")); //$NON-NLS-1$
        case INCOMPLETE -> invocation.text("Reason_missing", //$NON-NLS-1$
                score.missing().stream().map(Criterion::label).collect(Collectors.joining(", "))); //$NON-NLS-1$
        case REJECTED -> score.rejectionReason().isBlank() ? invocation.text("Reason_rejectedWithoutReason") //$NON-NLS-1$
                : score.rejectionReason();
        case RANKED -> ""; //$NON-NLS-1$
        };
    }
}
