// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.sample.tests;

import java.util.List;
import java.util.Set;

import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;

/**
 * The simple reading of the default grid that the sample promises to satisfy, written out independently of the
 * sample: each assessor's values on a criterion are aggregated by their median, a value v on 1-5 becomes
 * (v - 1) / 4 * 100, cost criteria are inverted (100 - x), and the overall score is the plain mean of the eight.
 */
final class Grid {

    static final List<String> CRITERIA = List.of("strategic-value", "customer-experience", "financial-potential",
            "data-process-maturity", "technical-complexity", "brand-impact", "compliance-risk",
            "initiative-alignment");

    static final Set<String> COST_CRITERIA = Set.of("technical-complexity", "compliance-risk");

    private Grid() {
    }

    /** The median of all assessors' values on the criterion, on its 1-5 scale. */
    static double median(UseCase useCase, String criterionId) {
        double[] values = useCase.getScores().stream()
                .filter(score -> criterionId.equals(score.getCriterionId()))
                .mapToDouble(Score::getValue).sorted().toArray();
        if (values.length == 0) {
            throw new AssertionError(useCase.getName() + " has no score on " + criterionId);
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** The criterion's aggregated value on 0-100, inverted for cost criteria so that higher is always better. */
    static double normalised(UseCase useCase, String criterionId) {
        double points = (median(useCase, criterionId) - 1) / 4 * 100;
        return COST_CRITERIA.contains(criterionId) ? 100 - points : points;
    }

    /** The equal-weight mean of the eight normalised criteria. */
    static double overall(UseCase useCase) {
        return CRITERIA.stream().mapToDouble(id -> normalised(useCase, id)).average().orElseThrow();
    }

    /** The mean of the three feasibility criteria, normalised and inverted where they are costs. */
    static double feasibility(UseCase useCase) {
        return (normalised(useCase, "data-process-maturity") + normalised(useCase, "technical-complexity")
                + normalised(useCase, "compliance-risk")) / 3;
    }
}
