// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

/**
 * A strategy whose overall score is the weighted mean of the normalised values:
 * {@code overall = sum(w_i * n_i) / sum(w_i)} over the enabled criteria, where {@code w_i} is
 * {@link CriterionScore#weight()} and {@code n_i} is {@link CriterionScore#normalised()}.
 * The sensitivity analysis relies on this linearity and only accepts such strategies.
 */
public interface LinearScoringStrategy extends ScoringStrategy {
}
