// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.cartograph.compare.report.Consequence.Measure;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.ValidationReport;

/**
 * What the changes between two versions of a portfolio do to the decision: each use case's rank, standing,
 * quadrant, scores and wave that moved, and the validation findings that appeared or disappeared. Use cases and
 * elements are matched by id.
 *
 * @param consequences the measures that moved, use case by use case in the order of the new ranking (then the use
 *            cases not ranked, then those removed), each in the order of {@link Measure}
 * @param findings the findings introduced, then those fixed
 */
public record DecisionDelta(List<Consequence> consequences, List<FindingChange> findings) {

    private static final double EPSILON = 1e-9;

    /** Copies the lists. */
    public DecisionDelta {
        consequences = List.copyOf(consequences);
        findings = List.copyOf(findings);
    }

    /**
     * @param before the scoring of the old version, {@code null} if there is none
     * @param after the scoring of the new version, {@code null} if there is none
     * @param validatedBefore the validation of the old version, {@code null} if there is none
     * @param validatedAfter the validation of the new version, {@code null} if there is none
     * @return the delta
     */
    public static DecisionDelta between(ScoringResult before, ScoringResult after, ValidationReport validatedBefore,
            ValidationReport validatedAfter) {
        Map<String, UseCaseScore> old = byId(before);
        Map<String, UseCaseScore> current = byId(after);
        Set<String> order = new LinkedHashSet<>();
        if (after != null) {
            after.all().stream().sorted(Comparator.comparingInt(s -> rankOrder(after, s))).forEach(s -> order.add(id(s)));
        }
        order.addAll(old.keySet());
        List<Consequence> consequences = new ArrayList<>();
        for (String id : order) {
            UseCaseScore then = old.get(id);
            UseCaseScore now = current.get(id);
            String name = now != null ? now.name() : then.name();
            for (Measure measure : Measure.values()) {
                Object a = measure(before, then, measure);
                Object b = measure(after, now, measure);
                if (!same(a, b)) {
                    consequences.add(new Consequence(id, name, measure, a, b));
                }
            }
        }
        return new DecisionDelta(consequences, findings(validatedBefore, validatedAfter));
    }

    /**
     * @return whether nothing of the decision moved
     */
    public boolean isEmpty() {
        return consequences.isEmpty() && findings.isEmpty();
    }

    private static int rankOrder(ScoringResult result, UseCaseScore score) {
        int rank = result.rankOf(score.useCase());
        return rank == 0 ? Integer.MAX_VALUE : rank;
    }

    private static Map<String, UseCaseScore> byId(ScoringResult result) {
        Map<String, UseCaseScore> scores = new LinkedHashMap<>();
        if (result != null) {
            for (UseCaseScore score : result.all()) {
                scores.put(id(score), score);
            }
        }
        return scores;
    }

    private static String id(UseCaseScore score) {
        UseCase useCase = score.useCase();
        String id = ModelPersistence.getId(useCase);
        return id != null ? id : useCase.eResource().getURIFragment(useCase);
    }

    private static Object measure(ScoringResult result, UseCaseScore score, Measure measure) {
        if (score == null) {
            return null;
        }
        return switch (measure) {
        case RANK -> {
            int rank = result.rankOf(score.useCase());
            yield rank == 0 ? null : Integer.valueOf(rank);
        }
        case STANDING -> score.standing();
        case QUADRANT -> score.quadrant();
        case OVERALL -> number(score.overall());
        case IMPACT -> number(score.impact());
        case FEASIBILITY -> number(score.feasibility());
        case WAVE -> score.useCase().getWave() == null ? null : score.useCase().getWave().getName();
        };
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : Double.valueOf(value);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Math.abs(x - y) < EPSILON;
        }
        return Objects.equals(a, b);
    }

    private static List<FindingChange> findings(ValidationReport before, ValidationReport after) {
        Map<List<String>, Finding> old = findingsByKey(before);
        Map<List<String>, Finding> current = findingsByKey(after);
        List<FindingChange> changes = new ArrayList<>();
        current.forEach((key, finding) -> {
            if (!old.containsKey(key)) {
                changes.add(change(true, finding, key));
            }
        });
        old.forEach((key, finding) -> {
            if (!current.containsKey(key)) {
                changes.add(change(false, finding, key));
            }
        });
        return changes;
    }

    private static FindingChange change(boolean introduced, Finding finding, List<String> key) {
        return new FindingChange(introduced, finding.ruleId(), finding.severity(), finding.message(), key.get(1));
    }

    /** Findings keyed by rule, element id and message, so that the same finding of both versions matches. */
    private static Map<List<String>, Finding> findingsByKey(ValidationReport report) {
        Map<List<String>, Finding> findings = new LinkedHashMap<>();
        if (report != null) {
            for (Finding finding : report.findings()) {
                String id = ModelPersistence.getId(finding.element());
                findings.putIfAbsent(List.of(finding.ruleId(), id == null ? "" : id, finding.message()), finding); //$NON-NLS-1$
            }
        }
        return findings;
    }
}
