// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

/**
 * A criterion that could not be registered or whose computed value failed.
 *
 * @param criterionId the criterion's identifier (possibly empty if it could not be read)
 * @param contributor who contributed the criterion (a bundle id)
 * @param message a localised explanation for the user
 */
public record CriterionFailure(String criterionId, String contributor, String message) {
}
