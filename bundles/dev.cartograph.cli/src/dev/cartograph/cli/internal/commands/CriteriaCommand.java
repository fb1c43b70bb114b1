// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.Labels;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.scoring.ScoringParameters;
import dev.cartograph.scoring.StrategyFailure;

/**
 * {@code criteria [FILE]}: the installed criteria (id, label, side, direction, scale, default
 * weight, contributor) and the contributions that failed, naming their bundle. With a file, also
 * whether the portfolio enables each criterion and with which weight, and the criteria it names
 * that no plug-in provides.
 */
public final class CriteriaCommand implements Command {

    @Override
    public String name() {
        return "criteria"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.FORMAT);
    }

    @Override
    public int minArguments() {
        return 0;
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public int run(Invocation invocation) throws InputException {
        Optional<LoadedPortfolio> loaded = Optional.empty();
        if (!invocation.arguments().isEmpty()) {
            loaded = Optional.of(invocation.load(invocation.arguments().get(0)));
        }
        invocation.print(report(invocation, loaded));
        return ExitCodes.OK;
    }

    private static Document report(Invocation invocation, Optional<LoadedPortfolio> loaded) {
        CriterionRegistry registry = invocation.environment().engine().criteria();
        Document document = new Document("criteria", loaded.isPresent() //$NON-NLS-1$
                ? invocation.text("Title_criteriaOf", loaded.get().name()) : invocation.text("Title_criteria")); //$NON-NLS-1$ //$NON-NLS-2$
        Optional<ScoringParameters> parameters = loaded.map(l -> {
            Reports.header(document, invocation, l);
            return invocation.environment().engine().score(l.portfolio()).parameters();
        });
        criteria(document, invocation, registry.criteria(), parameters);
        failures(document, invocation);
        loaded.ifPresent(l -> notInstalled(document, invocation, l.portfolio(), registry));
        return document;
    }

    private static void criteria(Document document, Invocation invocation, List<Criterion> criteria,
            Optional<ScoringParameters> parameters) {
        Labels labels = new Labels(invocation.locale());
        List<Column> columns = new ArrayList<>(List.of(Column.text("id", invocation.text("Column_id")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("label", invocation.text("Column_label")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("side", invocation.text("Column_side")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("direction", invocation.text("Column_direction")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("min", invocation.text("Column_min"), -1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("max", invocation.text("Column_max"), -1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("defaultWeight", invocation.text("Column_defaultWeight"), -1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.bool("computed", invocation.text("Column_computed")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("contributor", invocation.text("Column_contributor")))); //$NON-NLS-1$ //$NON-NLS-2$
        if (parameters.isPresent()) {
            columns.add(Column.bool("enabled", invocation.text("Column_enabled"))); //$NON-NLS-1$ //$NON-NLS-2$
            columns.add(Column.number("weight", invocation.text("Column_weight"), -1)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Section section = document.section(new Section("criteria", invocation.text("Section_criteria"), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Empty_criteria"), columns.toArray(Column[]::new))); //$NON-NLS-1$
        for (Criterion criterion : criteria) {
            List<Object> row = new ArrayList<>(List.of(criterion.id(), criterion.label(),
                    labels.side(criterion.side()), labels.direction(criterion.direction()), criterion.scale().min(),
                    criterion.scale().max(), criterion.defaultWeight(), criterion.isComputed(),
                    criterion.contributor()));
            parameters.ifPresent(p -> {
                Optional<CriterionWeight> weight = p.criterion(criterion.id());
                row.add(weight.map(CriterionWeight::enabled).orElse(Boolean.FALSE));
                row.add(weight.map(w -> (Object) w.weight()).orElse(null));
            });
            section.add(row.toArray());
        }
    }

    private static void failures(Document document, Invocation invocation) {
        Section section = document.section(new Section("failures", invocation.text("Section_failures"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("kind", invocation.text("Column_kind")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("contributor", invocation.text("Column_contributor")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("problem", invocation.text("Column_problem")))); //$NON-NLS-1$ //$NON-NLS-2$
        Label criterion = new Label("criterion", invocation.text("Kind_criterion")); //$NON-NLS-1$ //$NON-NLS-2$
        Label strategy = new Label("strategy", invocation.text("Kind_strategy")); //$NON-NLS-1$ //$NON-NLS-2$
        for (CriterionFailure failure : invocation.environment().criterionFailures()) {
            section.add(criterion, failure.criterionId(), failure.contributor(), failure.message());
        }
        for (StrategyFailure failure : invocation.environment().strategyFailures()) {
            section.add(strategy, failure.strategyId(), failure.contributor(), failure.message());
        }
    }

    private static void notInstalled(Document document, Invocation invocation, Portfolio portfolio,
            CriterionRegistry registry) {
        Map<String, int[]> uses = new LinkedHashMap<>();
        if (portfolio.getScoring() != null) {
            for (CriterionSetting setting : portfolio.getScoring().getCriteria()) {
                use(uses, registry, setting.getCriterionId(), 0);
            }
            for (Gate gate : portfolio.getScoring().getGates()) {
                use(uses, registry, gate.getCriterionId(), 1);
            }
        }
        for (UseCase useCase : portfolio.getUseCases()) {
            for (Score score : useCase.getScores()) {
                use(uses, registry, score.getCriterionId(), 2);
            }
        }
        Section section = document.section(new Section("notInstalled", invocation.text("Section_notInstalled"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("settings", invocation.text("Column_settings")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("gates", invocation.text("Column_gates")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("scores", invocation.text("Column_scores")))); //$NON-NLS-1$ //$NON-NLS-2$
        uses.forEach((id, counts) -> section.add(id, counts[0], counts[1], counts[2]));
        if (!uses.isEmpty()) {
            document.note(invocation.text("Note_notInstalled", uses.size())); //$NON-NLS-1$
        }
    }

    private static void use(Map<String, int[]> uses, CriterionRegistry registry, String id, int kind) {
        if (id != null && registry.find(id).isEmpty()) {
            uses.computeIfAbsent(id, k -> new int[3])[kind]++;
        }
    }
}
