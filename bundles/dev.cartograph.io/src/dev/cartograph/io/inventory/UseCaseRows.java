// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;

import dev.cartograph.io.ArchimateExport;
import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;

/**
 * The use cases of a portfolio as rows of named, typed values (text, numbers, whole numbers), one column per
 * field, score and rationale of each criterion, and own property, then the scoring's figures. The headers are
 * those the default mapping reads back ({@code name}, {@code score: strategic-value},
 * {@code property: budget-line}...), so an export re-imports to the same content; the computed columns
 * (impact, feasibility, overall, quadrant, rank) are ignored on import.
 */
final class UseCaseRows {

    /** The separator of several names in one cell, the mapping's default. */
    static final String SEPARATOR = "; "; //$NON-NLS-1$

    private final List<String> headers = new ArrayList<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    private UseCaseRows() {
    }

    /** @return the headers, in order */
    List<String> headers() {
        return headers;
    }

    /** @return each use case's values by header; a value is a String, a Double or an Integer, absent if none */
    List<Map<String, Object>> rows() {
        return rows;
    }

    @SuppressWarnings("nls")
    static UseCaseRows of(Portfolio portfolio, ScoringResult result) {
        UseCaseRows table = new UseCaseRows();
        Set<String> criteria = new LinkedHashSet<>();
        if (portfolio.getScoring() != null) {
            for (CriterionSetting setting : portfolio.getScoring().getCriteria()) {
                criteria.add(setting.getCriterionId());
            }
        }
        Set<String> properties = new LinkedHashSet<>();
        for (UseCase useCase : portfolio.getUseCases()) {
            useCase.getScores().forEach(s -> criteria.add(s.getCriterionId()));
            useCase.getProperties().forEach(p -> properties.add(p.getKey()));
        }
        List<String> headers = table.headers;
        headers.addAll(List.of("id", "name", "description", "scope", "status", "aiPattern", "sponsor", "owner",
                "rejectionReason", "unit", "workflow", "step", "journey", "stage", "initiative"));
        for (String criterion : criteria) {
            headers.add("score: " + criterion);
            headers.add("rationale: " + criterion);
        }
        headers.addAll(List.of("problem", "proposedSolution", "expectedBenefits", "oneOffCost", "runningCostPerYear",
                "annualRevenueGained", "annualCostAvoided", "timeToValueMonths", "dataNeeded", "risks",
                "complianceNotes"));
        properties.forEach(key -> headers.add("property: " + key));
        headers.addAll(List.of("impact", "feasibility", "overall", "quadrant", "rank"));
        for (UseCase useCase : portfolio.getUseCases()) {
            table.rows.add(row(useCase, criteria, result));
        }
        return table;
    }

    @SuppressWarnings("nls")
    private static Map<String, Object> row(UseCase useCase, Set<String> criteria, ScoringResult result) {
        Map<String, Object> row = new LinkedHashMap<>();
        String id = useCase.getOrigin() != null && useCase.getOrigin().getId() != null ? useCase.getOrigin().getId()
                : UseCaseRows.id(useCase);
        put(row, "id", id);
        put(row, "name", useCase.getName());
        put(row, "description", useCase.getDescription());
        put(row, "scope", literal(useCase.getScope()));
        put(row, "status", literal(useCase.getStatus()));
        put(row, "aiPattern", literal(useCase.getAiPattern()));
        put(row, "sponsor", useCase.getSponsor());
        put(row, "owner", useCase.getOwner());
        put(row, "rejectionReason", useCase.getRejectionReason());
        put(row, "unit", useCase.getUnit() == null ? null : useCase.getUnit().getName());
        if (!useCase.getSteps().isEmpty()) {
            // one workflow per row: the first step's, with its steps
            var workflow = useCase.getSteps().get(0).getWorkflow();
            put(row, "workflow", workflow == null ? null : workflow.getName());
            put(row, "step", names(useCase.getSteps().stream().filter(s -> s.getWorkflow() == workflow)
                    .map(WorkflowStep::getName).toList()));
        }
        if (!useCase.getStages().isEmpty()) {
            var journey = useCase.getStages().get(0).getJourney();
            put(row, "journey", journey == null ? null : journey.getName());
            put(row, "stage", names(useCase.getStages().stream().filter(s -> s.getJourney() == journey)
                    .map(JourneyStage::getName).toList()));
        }
        put(row, "initiative", names(useCase.getInitiatives().stream().map(Initiative::getName).toList()));
        for (String criterion : criteria) {
            double sum = 0;
            int count = 0;
            String rationale = null;
            for (Score score : useCase.getScores()) {
                if (criterion.equals(score.getCriterionId())) {
                    sum += score.getValue();
                    count++;
                    if (rationale == null && score.getRationale() != null && !score.getRationale().isBlank()) {
                        rationale = score.getRationale();
                    }
                }
            }
            if (count > 0) {
                // several assessors: their mean
                row.put("score: " + criterion, sum / count);
            }
            put(row, "rationale: " + criterion, rationale);
        }
        BusinessCase bc = useCase.getBusinessCase();
        if (bc != null) {
            put(row, "problem", bc.getProblem());
            put(row, "proposedSolution", bc.getProposedSolution());
            put(row, "expectedBenefits", bc.getExpectedBenefits());
            if (bc.isSetOneOffCost()) {
                row.put("oneOffCost", bc.getOneOffCost());
            }
            if (bc.isSetRunningCostPerYear()) {
                row.put("runningCostPerYear", bc.getRunningCostPerYear());
            }
            if (bc.isSetAnnualRevenueGained()) {
                row.put("annualRevenueGained", bc.getAnnualRevenueGained());
            }
            if (bc.isSetAnnualCostAvoided()) {
                row.put("annualCostAvoided", bc.getAnnualCostAvoided());
            }
            if (bc.isSetTimeToValueMonths()) {
                row.put("timeToValueMonths", bc.getTimeToValueMonths());
            }
            put(row, "dataNeeded", bc.getDataNeeded());
            put(row, "risks", bc.getRisks());
            put(row, "complianceNotes", bc.getComplianceNotes());
        }
        for (PropertyValue property : useCase.getProperties()) {
            put(row, "property: " + property.getKey(), property.getValue());
        }
        UseCaseScore score = result == null ? null : result.find(useCase).orElse(null);
        if (score != null && score.isScored()) {
            row.put("impact", round(score.impact()));
            row.put("feasibility", round(score.feasibility()));
            row.put("overall", round(score.overall()));
            row.put("quadrant", score.quadrant().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        int rank = result == null ? 0 : result.rankOf(useCase);
        if (rank > 0) {
            row.put("rank", rank);
        }
        return row;
    }

    /**
     * @param useCase a use case
     * @return its UUID, or for a use case in no Cartograph resource, a name-based UUID of its place
     */
    static String id(UseCase useCase) {
        String uuid = ModelPersistence.getId(useCase);
        return uuid != null ? uuid : ArchimateExport.identifier(useCase).substring("id-".length()); //$NON-NLS-1$
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String literal(Enumerator value) {
        return value == null ? null : value.getLiteral();
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? null : String.join(SEPARATOR, names);
    }

    private static void put(Map<String, Object> row, String header, String value) {
        if (value != null && !value.isEmpty()) {
            row.put(header, value);
        }
    }
}
