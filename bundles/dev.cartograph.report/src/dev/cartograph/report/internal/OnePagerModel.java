// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.DataAsset;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.UseCase;
import dev.cartograph.report.Finance;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;

/**
 * What the one-pager template of a use case is given: every text cleaned and cut to its budget so
 * that the page stays one page, every number formatted. Lists are capped too, the rest counted.
 */
public final class OnePagerModel {

    private static final int PROBLEM = 440;
    private static final int SOLUTION = 340;
    private static final int SHORT = 170;
    private static final int NAME = 90;
    private static final int RATIONALE = 80;
    private static final int MAX_FRICTIONS = 3;
    private static final int MAX_KPIS = 4;
    private static final int MAX_DATA = 3;

    private final Labels labels;
    private final Numbers numbers;
    private boolean anyCut;

    /**
     * @param labels the report's words
     * @param numbers the number formats
     */
    public OnePagerModel(Labels labels, Numbers numbers) {
        this.labels = labels;
        this.numbers = numbers;
    }

    /**
     * @param useCase the use case
     * @param scoring the portfolio's scoring
     * @param anchor the page's anchor id in the document
     * @param mapImage the map excerpt as a data URI, or {@code null}
     * @param robustness how robust its rank is, in words, or empty
     * @return the template model of its page
     */
    public Map<String, Object> build(UseCase useCase, ScoringResult scoring, String anchor, String mapImage,
            String robustness) {
        anyCut = false;
        Map<String, Object> page = new LinkedHashMap<>();
        BusinessCase bc = useCase.getBusinessCase();
        page.put("anchor", anchor); //$NON-NLS-1$
        page.put("name", text(useCase.getName(), NAME)); //$NON-NLS-1$
        page.put("scope", labels.of(useCase.getScope())); //$NON-NLS-1$
        page.put("status", labels.of(useCase.getStatus())); //$NON-NLS-1$
        page.put("pattern", labels.of(useCase.getAiPattern())); //$NON-NLS-1$
        page.put("wave", useCase.getWave() == null ? "" : Text.clean(useCase.getWave().getName())); //$NON-NLS-1$ //$NON-NLS-2$
        String sponsor = bc != null && bc.getSponsor() != null && !bc.getSponsor().isBlank() ? bc.getSponsor()
                : useCase.getSponsor();
        page.put("sponsor", text(sponsor, 60)); //$NON-NLS-1$
        page.put("owner", text(useCase.getOwner(), 60)); //$NON-NLS-1$
        page.put("problem", text(bc == null ? useCase.getDescription() : bc.getProblem(), PROBLEM)); //$NON-NLS-1$
        page.put("solution", text(bc == null ? null : bc.getProposedSolution(), SOLUTION)); //$NON-NLS-1$
        page.put("frictions", frictions(useCase)); //$NON-NLS-1$
        page.put("frictionsMore", Math.max(0, useCase.getFrictions().size() - MAX_FRICTIONS)); //$NON-NLS-1$
        page.put("anchors", text(anchors(useCase), SHORT)); //$NON-NLS-1$
        page.put("map", mapImage == null ? "" : mapImage); //$NON-NLS-1$ //$NON-NLS-2$
        page.put("kpis", kpis(bc)); //$NON-NLS-1$
        page.put("kpisMore", bc == null ? 0 : Math.max(0, bc.getKpis().size() - MAX_KPIS)); //$NON-NLS-1$
        page.put("finance", finance(Finance.of(bc))); //$NON-NLS-1$
        page.put("data", data(useCase)); //$NON-NLS-1$
        page.put("dataNeeded", text(bc == null ? null : bc.getDataNeeded(), SHORT)); //$NON-NLS-1$
        page.put("risks", text(bc == null ? null : bc.getRisks(), SHORT)); //$NON-NLS-1$
        page.put("compliance", text(bc == null ? null : bc.getComplianceNotes(), SHORT)); //$NON-NLS-1$
        String dependsOn = useCase.getDependsOn().stream().map(u -> Text.clean(u.getName()))
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        String dependencies = bc == null || bc.getDependencies() == null ? "" : bc.getDependencies(); //$NON-NLS-1$
        page.put("dependencies", text(join(dependsOn, dependencies), SHORT)); //$NON-NLS-1$
        page.put("initiatives", text(names(useCase.getInitiatives()), SHORT)); //$NON-NLS-1$
        assessment(page, scoring.find(useCase).orElse(null), scoring.rankOf(useCase));
        page.put("robustness", robustness == null ? "" : robustness); //$NON-NLS-1$ //$NON-NLS-2$
        page.put("cut", anyCut); //$NON-NLS-1$
        return page;
    }

    private Map<String, Object> text(String raw, int budget) {
        Text text = Text.of(raw, budget);
        anyCut |= text.cut();
        return Map.of("text", text.text(), "cut", text.cut()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private List<Map<String, Object>> frictions(UseCase useCase) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Friction friction : useCase.getFrictions().stream().limit(MAX_FRICTIONS).toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", text(friction.getName(), 80)); //$NON-NLS-1$
            row.put("severity", labels.of(friction.getSeverity())); //$NON-NLS-1$
            Evidence evidence = friction.getEvidence().isEmpty() ? null : friction.getEvidence().get(0);
            String said = evidence == null ? "" : join(evidence.getFigure(), evidence.getQuote()); //$NON-NLS-1$
            String source = evidence == null ? "" : Text.clean(evidence.getSource()); //$NON-NLS-1$
            row.put("evidence", text(said.isEmpty() ? "" : said + (source.isEmpty() ? "" : " (" + source + ')'), 130)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            rows.add(row);
        }
        return rows;
    }

    private static String anchors(UseCase useCase) {
        String stages = useCase.getStages().stream()
                .map(s -> Text.clean(s.getJourney() == null ? s.getName() : s.getJourney().getName() + " \u203a " + s.getName())) //$NON-NLS-1$
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        String steps = useCase.getSteps().stream()
                .map(s -> Text.clean(s.getWorkflow() == null ? s.getName() : s.getWorkflow().getName() + " \u203a " + s.getName())) //$NON-NLS-1$
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        return join(stages, steps);
    }

    private List<Map<String, Object>> kpis(BusinessCase bc) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (bc == null) {
            return rows;
        }
        for (Kpi kpi : bc.getKpis().stream().limit(MAX_KPIS).toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", text(kpi.getName(), 45)); //$NON-NLS-1$
            row.put("baseline", kpi.isSetBaseline() ? numbers.number(kpi.getBaseline(), 2) : ""); //$NON-NLS-1$ //$NON-NLS-2$
            row.put("target", kpi.isSetTarget() ? numbers.number(kpi.getTarget(), 2) : ""); //$NON-NLS-1$ //$NON-NLS-2$
            row.put("unit", text(kpi.getUnit(), 20)); //$NON-NLS-1$
            row.put("horizon", kpi.isSetHorizonMonths() ? numbers.number(kpi.getHorizonMonths(), 0) : ""); //$NON-NLS-1$ //$NON-NLS-2$
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> finance(Finance finance) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("known", finance.known()); //$NON-NLS-1$
        map.put("oneOff", numbers.money(finance.oneOff())); //$NON-NLS-1$
        map.put("running", numbers.money(finance.running())); //$NON-NLS-1$
        map.put("revenue", numbers.money(finance.revenue())); //$NON-NLS-1$
        map.put("avoided", numbers.money(finance.avoided())); //$NON-NLS-1$
        map.put("net", numbers.money(finance.netYearly())); //$NON-NLS-1$
        map.put("payback", Double.isNaN(finance.paybackMonths()) ? labels.get("never") //$NON-NLS-1$ //$NON-NLS-2$
                : numbers.number(finance.paybackMonths(), 1));
        map.put("paybackKnown", !Double.isNaN(finance.paybackMonths())); //$NON-NLS-1$
        map.put("roi", numbers.percent(finance.roi())); //$NON-NLS-1$
        map.put("horizon", numbers.number(finance.horizonMonths(), 0)); //$NON-NLS-1$
        return map;
    }

    private List<Map<String, Object>> data(UseCase useCase) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DataAsset asset : useCase.getDataAssets().stream().limit(MAX_DATA).toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", text(asset.getName(), 50)); //$NON-NLS-1$
            row.put("availability", labels.of(asset.getAvailability())); //$NON-NLS-1$
            row.put("quality", labels.of(asset.getQuality())); //$NON-NLS-1$
            row.put("personal", asset.isContainsPersonalData()); //$NON-NLS-1$
            rows.add(row);
        }
        return rows;
    }

    private void assessment(Map<String, Object> page, UseCaseScore score, int rank) {
        page.put("rank", rank > 0 ? numbers.number(rank, 0) : ""); //$NON-NLS-1$ //$NON-NLS-2$
        List<Map<String, Object>> rows = new ArrayList<>();
        page.put("scores", rows); //$NON-NLS-1$
        if (score == null) {
            page.put("standing", ""); //$NON-NLS-1$ //$NON-NLS-2$
            page.put("impact", ""); //$NON-NLS-1$ //$NON-NLS-2$
            page.put("feasibility", ""); //$NON-NLS-1$ //$NON-NLS-2$
            page.put("overall", ""); //$NON-NLS-1$ //$NON-NLS-2$
            page.put("quadrant", ""); //$NON-NLS-1$ //$NON-NLS-2$
            page.put("gates", ""); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        page.put("standing", score.standing().label(labels.locale())); //$NON-NLS-1$
        page.put("impact", numbers.number(score.impact(), 0)); //$NON-NLS-1$
        page.put("feasibility", numbers.number(score.feasibility(), 0)); //$NON-NLS-1$
        page.put("overall", numbers.number(score.overall(), 0)); //$NON-NLS-1$
        page.put("quadrant", score.quadrant() == null ? "" : score.quadrant().label(labels.locale())); //$NON-NLS-1$ //$NON-NLS-2$
        page.put("gates", text(score.gates().stream().map(g -> g.message(labels.locale())) //$NON-NLS-1$
                .collect(Collectors.joining("; ")), SHORT).get("text")); //$NON-NLS-1$ //$NON-NLS-2$
        for (CriterionScore criterion : score.criteria()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", text(criterion.criterion().label(labels.locale()), 40)); //$NON-NLS-1$
            row.put("value", criterion.isPresent() ? numbers.number(criterion.value(), 1) : "\u2013"); //$NON-NLS-1$ //$NON-NLS-2$
            row.put("weight", numbers.number(criterion.weight(), 2)); //$NON-NLS-1$
            row.put("spread", criterion.assessments() > 1 ? numbers.number(criterion.spread(), 0) : ""); //$NON-NLS-1$ //$NON-NLS-2$
            row.put("rationale", text(rationale(score, criterion.criterionId()), RATIONALE)); //$NON-NLS-1$
            rows.add(row);
        }
    }

    private static String rationale(UseCaseScore score, String criterionId) {
        return score.useCase().getScores().stream().filter(s -> criterionId.equals(s.getCriterionId()))
                .map(s -> Text.clean(s.getRationale())).filter(r -> !r.isEmpty()).collect(Collectors.joining(" / ")); //$NON-NLS-1$
    }

    private static String names(List<? extends NamedElement> elements) {
        return elements.stream().map(e -> Text.clean(e.getName())).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    private static String join(String first, String second) {
        String a = Text.clean(first);
        String b = Text.clean(second);
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " \u2014 " + b; //$NON-NLS-1$
    }
}
