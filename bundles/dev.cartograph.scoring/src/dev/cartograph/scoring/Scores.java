// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

/**
 * The three scores a strategy gives a use case, each between 0 and 100, higher is better.
 *
 * @param impact the impact score
 * @param feasibility the feasibility score
 * @param overall the overall score, by which use cases are ranked
 */
public record Scores(double impact, double feasibility, double overall) {
}
