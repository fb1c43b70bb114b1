// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.overview;

import java.util.List;

/**
 * One of the five practices of the method, with the measures that say how far a portfolio
 * follows it.
 *
 * @param title the practice, as the method names it
 * @param measures its measures
 */
public record Practice(String title, List<Measure> measures) {

    /**
     * @return how complete the practice is, between 0 and 1: the mean of its measures' shares
     *         (a measure that counts nothing yet counts as 0)
     */
    public double completeness() {
        return measures.isEmpty() ? 0 : measures.stream().mapToDouble(Measure::ratio).average().orElse(0);
    }

    /** @return whether one of its measures counts something: else there is nothing to measure yet */
    public boolean isMeasurable() {
        return measures.stream().anyMatch(m -> m.total() > 0);
    }

    /** @return the completeness as a whole percentage */
    public int percent() {
        return (int) Math.round(completeness() * 100);
    }
}
