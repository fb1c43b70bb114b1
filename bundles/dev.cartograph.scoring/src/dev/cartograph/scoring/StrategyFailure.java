// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

/**
 * A strategy that could not be registered or that failed while scoring.
 *
 * @param strategyId the strategy's identifier
 * @param contributor who contributed the strategy (a bundle id)
 * @param message a localised explanation for the user
 */
public record StrategyFailure(String strategyId, String contributor, String message) {
}
