// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.Arrays;

import dev.cartograph.model.Aggregation;

/** Combines several assessors' values on one criterion. */
final class Aggregator {

    private Aggregator() {
    }

    /**
     * @param aggregation the rule
     * @param values the values; the first {@code count} are sorted in place
     * @param count how many values, at least 1
     * @return the median (the mean of the two middle values for an even count), mean,
     *         minimum or maximum
     */
    static double aggregate(Aggregation aggregation, double[] values, int count) {
        Arrays.sort(values, 0, count);
        switch (aggregation) {
        case MEAN:
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += values[i];
            }
            return sum / count;
        case MINIMUM:
            return values[0];
        case MAXIMUM:
            return values[count - 1];
        case MEDIAN:
        default:
            int middle = count / 2;
            return count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
        }
    }
}
