// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.CriterionFailure;

/**
 * One use case's values per column while it is being scored: gathered from its scores, then
 * completed with computed values, then finished into a {@link dev.cartograph.scoring.UseCaseScore}.
 */
final class Draft {

    static final int DISPUTED = 1;
    static final int LOW_CONFIDENCE = 2;
    static final int OUT_OF_SCALE = 4;
    static final int COMPUTE_FAILED = 8;
    static final int COMPUTED = 16;
    static final int NEEDS_COMPUTE = 32;

    final UseCase useCase;
    final double[] value;
    final double[] spread;
    final int[] assessments;
    final int[] flags;
    List<String> unknownIds = List.of();
    List<CriterionFailure> failures = List.of();

    Draft(UseCase useCase, int columns) {
        this.useCase = useCase;
        value = new double[columns];
        Arrays.fill(value, Double.NaN);
        spread = new double[columns];
        assessments = new int[columns];
        flags = new int[columns];
    }

    void addUnknown(String id) {
        if (unknownIds.isEmpty()) {
            unknownIds = new ArrayList<>(2);
        }
        if (!unknownIds.contains(id)) {
            unknownIds.add(id);
        }
    }

    void addFailure(CriterionFailure failure) {
        if (failures.isEmpty()) {
            failures = new ArrayList<>(2);
        }
        failures.add(failure);
    }
}
