// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.roadmap;

import dev.cartograph.scoring.UseCaseScore;

/**
 * A use case placed in a wave.
 *
 * @param useCase the use case's score
 * @param wave the wave's number, from 1
 * @param tier why it was served when it was
 * @param reason a localised explanation, for example
 *        {@code internal quick win, overall 78; after its dependency X in wave 1}
 */
public record Placement(UseCaseScore useCase, int wave, PlanTier tier, String reason) {
}
