// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.roadmap;

import dev.cartograph.scoring.UseCaseScore;

/**
 * A use case the proposal leaves out of every wave.
 *
 * @param useCase the use case's score
 * @param reason a localised explanation (drop quadrant, blocked by a gate, rejected, incomplete,
 *        a dependency not planned, no capacity left, already deployed, ...)
 */
public record Unplanned(UseCaseScore useCase, String reason) {
}
