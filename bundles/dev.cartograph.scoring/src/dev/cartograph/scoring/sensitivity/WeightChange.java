// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.sensitivity;

import dev.cartograph.scoring.Criterion;

/**
 * A change of one criterion's weight, the others unchanged.
 *
 * @param criterion the criterion
 * @param fromWeight its current weight
 * @param toWeight the break-even weight: at it the two use cases tie on overall score, and
 *        any further change in the same direction swaps them
 * @param relativeChangePercent {@code (toWeight - fromWeight) / fromWeight * 100}
 */
public record WeightChange(Criterion criterion, double fromWeight, double toWeight, double relativeChangePercent) {
}
