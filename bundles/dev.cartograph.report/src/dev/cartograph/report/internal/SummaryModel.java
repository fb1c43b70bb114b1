// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.scoring.GateRule;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationReport;

/** What the cover, the executive summary and the appendix of the portfolio report are given. */
public final class SummaryModel {

    private static final int TOP = 10;
    private static final int FINDINGS = 12;
    private static final int NAMES_PER_QUADRANT = 12;

    private final Labels labels;
    private final Numbers numbers;

    /**
     * @param labels the report's words
     * @param numbers the number formats
     */
    public SummaryModel(Labels labels, Numbers numbers) {
        this.labels = labels;
        this.numbers = numbers;
    }

    /**
     * @param portfolio the portfolio
     * @param scoring its scoring
     * @param anchors the page anchor of each use case that has a one-pager in the report
     * @param maps the maps to show, each with {@code title} and {@code image} (a data URI)
     * @param validation what validation finds, or {@code null}
     * @param today the date of the report
     * @return the summary's template model
     */
    public Map<String, Object> summary(Portfolio portfolio, ScoringResult scoring, Map<UseCase, String> anchors,
            List<Map<String, String>> maps, ValidationReport validation, LocalDate today) {
        Map<String, Object> s = new LinkedHashMap<>();
        String name = Text.clean(portfolio.getName());
        s.put("title", name.isEmpty() ? labels.get("title") : name); //$NON-NLS-1$ //$NON-NLS-2$
        s.put("organisation", Text.clean(portfolio.getOrganisation())); //$NON-NLS-1$
        s.put("owner", Text.clean(portfolio.getOwner())); //$NON-NLS-1$
        s.put("description", Text.of(portfolio.getDescription(), 1500).text()); //$NON-NLS-1$
        s.put("date", numbers.date(today)); //$NON-NLS-1$
        List<UseCaseScore> ranking = scoring.ranking();
        int useCases = portfolio.getUseCases().size();
        List<Map<String, String>> counts = new ArrayList<>();
        count(counts, "count_useCases", useCases); //$NON-NLS-1$
        count(counts, "count_ranked", ranking.size()); //$NON-NLS-1$
        count(counts, "count_unranked", useCases - ranking.size()); //$NON-NLS-1$
        count(counts, "count_journeys", portfolio.getJourneys().size()); //$NON-NLS-1$
        count(counts, "count_workflows", portfolio.getWorkflows().size()); //$NON-NLS-1$
        count(counts, "count_frictions", portfolio.getJourneys().stream().flatMap(j -> j.getStages().stream()) //$NON-NLS-1$
                .mapToInt(st -> st.getFrictions().size()).sum());
        count(counts, "count_waves", portfolio.getRoadmap() == null ? 0 : portfolio.getRoadmap().getWaves().size()); //$NON-NLS-1$
        s.put("counts", counts); //$NON-NLS-1$
        s.put("practices", practices(portfolio, scoring)); //$NON-NLS-1$
        s.put("top", ranking.stream().limit(TOP).map(u -> row(u, scoring, anchors)).toList()); //$NON-NLS-1$
        s.put("matrix", matrix(ranking)); //$NON-NLS-1$
        s.put("waves", waves(portfolio)); //$NON-NLS-1$
        s.put("maps", maps); //$NON-NLS-1$
        s.put("validation", validation(validation)); //$NON-NLS-1$
        return s;
    }

    private void count(List<Map<String, String>> counts, String key, int value) {
        counts.add(Map.of("label", labels.get(key), "value", numbers.number(value, 0))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private List<Map<String, String>> practices(Portfolio portfolio, ScoringResult scoring) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<UseCase> all = portfolio.getUseCases();
        List<UseCase> first = portfolio.getRoadmap() == null || portfolio.getRoadmap().getWaves().isEmpty() ? List.of()
                : portfolio.getRoadmap().getWaves().get(0).getUseCases();
        practice(rows, "practice_inside", first.stream().filter(u -> u.getScope() == Scope.INTERNAL).count(), first.size()); //$NON-NLS-1$
        List<CustomerJourney> journeys = portfolio.getJourneys();
        practice(rows, "practice_customer", journeys.stream() //$NON-NLS-1$
                .filter(j -> j.getStages().stream().anyMatch(st -> st.getKind() == StageKind.POST_JOURNEY)).count(),
                journeys.size());
        practice(rows, "practice_map", all.stream() //$NON-NLS-1$
                .filter(u -> !u.getSteps().isEmpty() || !u.getStages().isEmpty()).count(), all.size());
        practice(rows, "practice_playbook", scoring.all().stream().filter(UseCaseScore::isScored).count(), all.size()); //$NON-NLS-1$
        practice(rows, "practice_cases", all.stream() //$NON-NLS-1$
                .filter(u -> u.getBusinessCase() != null && !u.getBusinessCase().getKpis().isEmpty()).count(), all.size());
        return rows;
    }

    private void practice(List<Map<String, String>> rows, String key, long done, int of) {
        rows.add(Map.of("label", labels.get(key), "value", //$NON-NLS-1$ //$NON-NLS-2$
                MessageFormat.format(labels.get(key + "_value"), numbers.number(done, 0), numbers.number(of, 0)))); //$NON-NLS-1$
    }

    private Map<String, String> row(UseCaseScore score, ScoringResult scoring, Map<UseCase, String> anchors) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("rank", numbers.number(scoring.rankOf(score.useCase()), 0)); //$NON-NLS-1$
        row.put("name", Text.of(score.name(), 80).text()); //$NON-NLS-1$
        row.put("anchor", anchors.getOrDefault(score.useCase(), "")); //$NON-NLS-1$ //$NON-NLS-2$
        row.put("quadrant", score.quadrant() == null ? "" : score.quadrant().label(labels.locale())); //$NON-NLS-1$ //$NON-NLS-2$
        row.put("impact", numbers.number(score.impact(), 0)); //$NON-NLS-1$
        row.put("feasibility", numbers.number(score.feasibility(), 0)); //$NON-NLS-1$
        row.put("overall", numbers.number(score.overall(), 0)); //$NON-NLS-1$
        return row;
    }

    private Map<String, Object> matrix(List<UseCaseScore> ranking) {
        Map<Quadrant, List<String>> names = new EnumMap<>(Quadrant.class);
        for (UseCaseScore score : ranking) {
            if (score.quadrant() != null) {
                names.computeIfAbsent(score.quadrant(), q -> new ArrayList<>()).add(Text.of(score.name(), 50).text());
            }
        }
        Function<Quadrant, Map<String, String>> cell = q -> {
            List<String> list = names.getOrDefault(q, List.of());
            String shown = list.stream().limit(NAMES_PER_QUADRANT).collect(Collectors.joining(", ")); //$NON-NLS-1$
            if (list.size() > NAMES_PER_QUADRANT) {
                shown += ", \u2026 (+" + (list.size() - NAMES_PER_QUADRANT) + ')'; //$NON-NLS-1$
            }
            return Map.of("label", q.label(labels.locale()) + " (" + list.size() + ')', "names", shown); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        };
        return Map.of("win", cell.apply(Quadrant.QUICK_WIN), "bet", cell.apply(Quadrant.STRATEGIC_BET), //$NON-NLS-1$ //$NON-NLS-2$
                "fill", cell.apply(Quadrant.FILL_IN), "drop", cell.apply(Quadrant.DROP)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private List<Map<String, String>> waves(Portfolio portfolio) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (portfolio.getRoadmap() == null) {
            return rows;
        }
        for (Wave wave : portfolio.getRoadmap().getWaves()) {
            rows.add(Map.of("name", Text.clean(wave.getName()), "start", numbers.date(wave.getStart()), //$NON-NLS-1$ //$NON-NLS-2$
                    "end", numbers.date(wave.getEnd()), "theme", Text.of(wave.getTheme(), 120).text(), //$NON-NLS-1$ //$NON-NLS-2$
                    "cases", Text.of(wave.getUseCases().stream().map(u -> Text.clean(u.getName())) //$NON-NLS-1$
                            .collect(Collectors.joining(", ")), 400).text())); //$NON-NLS-1$
        }
        return rows;
    }

    private Map<String, Object> validation(ValidationReport report) {
        if (report == null) {
            return Map.of("counts", "", "findings", List.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String counts = MessageFormat.format(labels.get("validation_counts"), //$NON-NLS-1$
                numbers.number(report.count(FindingSeverity.ERROR), 0),
                numbers.number(report.count(FindingSeverity.WARNING), 0),
                numbers.number(report.count(FindingSeverity.INFO), 0));
        List<Map<String, String>> findings = new ArrayList<>();
        for (Finding finding : report.findings().stream().limit(FINDINGS).toList()) {
            findings.add(Map.of("severity", finding.severity().label(labels.locale()), //$NON-NLS-1$
                    "message", Text.of(finding.message(), 220).text())); //$NON-NLS-1$
        }
        return Map.of("counts", counts, "findings", findings); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param scoring the portfolio's scoring
     * @return the appendix's template model: the grid, thresholds, gates, unranked use cases
     */
    public Map<String, Object> appendix(ScoringResult scoring) {
        Map<String, Object> a = new LinkedHashMap<>();
        List<Map<String, String>> criteria = new ArrayList<>();
        for (CriterionWeight weight : scoring.parameters().enabledCriteria()) {
            criteria.add(Map.of("label", Text.clean(weight.criterion().label(labels.locale())), //$NON-NLS-1$
                    "side", labels.get("side_" + weight.criterion().side().name()), //$NON-NLS-1$ //$NON-NLS-2$
                    "weight", numbers.number(weight.weight(), 2))); //$NON-NLS-1$
        }
        a.put("criteria", criteria); //$NON-NLS-1$
        a.put("thresholds", MessageFormat.format(labels.get("thresholds"), //$NON-NLS-1$ //$NON-NLS-2$
                numbers.number(scoring.parameters().impactThreshold(), 1),
                numbers.number(scoring.parameters().feasibilityThreshold(), 1)));
        List<String> gates = new ArrayList<>();
        for (GateRule gate : scoring.parameters().gates()) {
            if (gate.enabled()) {
                gates.add(Text.clean(gate.criterionId()) + ' ' + gate.operator().getLiteral() + ' '
                        + numbers.number(gate.threshold(), 1) + " \u2192 " + gate.effect().getLiteral() //$NON-NLS-1$
                        + (Text.clean(gate.reason()).isEmpty() ? "" : " (" + Text.of(gate.reason(), 160).text() + ')')); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        a.put("gates", gates); //$NON-NLS-1$
        List<Map<String, String>> unranked = new ArrayList<>();
        for (UseCaseScore score : scoring.all()) {
            if (!score.isRanked()) {
                String reason = score.standing().label(labels.locale())
                        + (Text.clean(score.rejectionReason()).isEmpty() ? "" : ": " + Text.of(score.rejectionReason(), 160).text()); //$NON-NLS-1$ //$NON-NLS-2$
                unranked.add(Map.of("name", Text.of(score.name(), 80).text(), "reason", reason)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        a.put("unranked", unranked); //$NON-NLS-1$
        return a;
    }
}
