// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

/**
 * How the portfolio uses an installed criterion.
 *
 * @param criterion the criterion
 * @param enabled whether it counts: as its setting says; a criterion without a setting counts
 *        only when the portfolio lists no criterion settings at all
 * @param weight the effective weight: the portfolio's, or the criterion's default
 * @param defaultWeight whether {@code weight} is the criterion's default
 */
public record CriterionWeight(Criterion criterion, boolean enabled, double weight, boolean defaultWeight) {
}
